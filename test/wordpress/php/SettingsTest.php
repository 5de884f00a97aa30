<?php
/**
 * The settings: defaults, sanitising, and how they fill in what a shortcode
 * or block leaves unset.
 *
 * @package CST_Widgets
 */

use PHPUnit\Framework\TestCase;

final class SettingsTest extends TestCase {

	protected function setUp(): void {
		$GLOBALS['cst_test_settings'] = array();
		$GLOBALS['cst_test_locale']   = 'en_US';
	}

	public function test_defaults_follow_the_page_with_no_banner() {
		$settings = CST_Widgets_Settings::get();
		// No theme attribute: the widgets take the page's colour scheme.
		$this->assertSame( '', $settings['theme'] );
		$this->assertSame( 'off', $settings['banner'] );
		$this->assertSame( CST_Widgets_Settings::defaults(), $settings );
	}

	public function test_bad_values_fall_back_to_the_defaults() {
		$clean = CST_Widgets_Settings::sanitize(
			array(
				'lang'             => '"><script>',
				'emergency_number' => 'call 999',
				'provider'         => '<b></b>',
				'theme'            => 'neon',
				'banner'           => 'left',
				'banner_dismiss'   => 'forever',
				'extra'            => 'x',
			)
		);
		$this->assertSame( CST_Widgets_Settings::defaults(), $clean );
		$this->assertSame( CST_Widgets_Settings::defaults(), CST_Widgets_Settings::sanitize( 'not an array' ) );
	}

	public function test_good_values_are_kept() {
		$clean = CST_Widgets_Settings::sanitize(
			array(
				'lang'             => 'de_CH',
				'emergency_number' => '144',
				'provider'         => 'Ihrer Hausärztin <i>oder</i> Ihrem Hausarzt',
				'theme'            => 'auto',
				'banner'           => 'bottom',
				'banner_dismiss'   => 'session',
			)
		);
		$this->assertSame( 'de-CH', $clean['lang'] );
		$this->assertSame( '144', $clean['emergency_number'] );
		$this->assertSame( 'Ihrer Hausärztin oder Ihrem Hausarzt', $clean['provider'] );
		$this->assertSame( 'auto', $clean['theme'] );
		$this->assertSame( 'bottom', $clean['banner'] );
		$this->assertSame( 'session', $clean['banner_dismiss'] );
	}

	public function test_language_comes_from_the_site_unless_set() {
		$GLOBALS['cst_test_locale'] = 'en_GB';
		$this->assertSame( 'en-GB', CST_Widgets_Settings::lang() );
		$GLOBALS['cst_test_locale'] = 'de_CH';
		$this->assertSame( 'de-CH', CST_Widgets_Settings::lang() );
		$GLOBALS['cst_test_settings'] = array( 'lang' => 'fr-BE' );
		$this->assertSame( 'fr-BE', CST_Widgets_Settings::lang() );
	}

	public function test_widgets_get_the_settings_where_the_author_set_nothing() {
		$GLOBALS['cst_test_locale']   = 'de_DE';
		$GLOBALS['cst_test_settings'] = array(
			'provider'         => 'Ihrer Ärztin',
			'emergency_number' => '112',
		);
		$this->assertSame(
			'<cst-ask-provider urgent lang="de-DE" provider="Ihrer Ärztin" emergency-number="112"></cst-ask-provider>',
			CST_Widgets_Render::widget( 'cst-ask-provider', array( 'urgent' ) )
		);
		// The author's own values win; a bad one falls back to the setting.
		$this->assertSame(
			'<cst-ask-provider provider="your GP" lang="en-GB" theme="dark" emergency-number="112"></cst-ask-provider>',
			CST_Widgets_Render::widget(
				'cst-ask-provider',
				array(
					'provider' => 'your GP',
					'lang'     => 'en_GB',
					'theme'    => 'dark',
					'emergency-number' => 'none',
				)
			)
		);
		$this->assertSame( '<cst-benefits lang="de-DE"></cst-benefits>', CST_Widgets_Render::widget( 'cst-benefits', '' ) );
	}

	public function test_the_site_wide_banner_keeps_clear_of_the_themes_header() {
		$GLOBALS['cst_test_settings'] = array(
			'banner'         => 'top',
			'banner_dismiss' => 'local',
			'banner_avoid'   => '#masthead, .site-header',
		);
		ob_start();
		CST_Widgets_Render::top_banner();
		CST_Widgets_Render::bottom_banner();
		$this->assertSame(
			'<cst-disclaimer position="top" dismissible remember="local" avoid="#masthead, .site-header" lang="en-US"></cst-disclaimer>',
			ob_get_clean()
		);
		// Markup in the setting comes out as text, never as a tag.
		$GLOBALS['cst_test_settings']['banner_avoid'] = '"><script>alert(1)</script>';
		ob_start();
		CST_Widgets_Render::top_banner();
		$this->assertStringNotContainsString( '<script', ob_get_clean() );
	}

	public function test_block_attributes_follow_the_schema() {
		$attributes = CST_Widgets_Render::block_attributes( 'cst-ask-provider' );
		$this->assertSame( array( 'type' => 'boolean', 'default' => false ), $attributes['urgent'] );
		$this->assertSame( array( 'type' => 'string', 'default' => '' ), $attributes['contactHref'] );
		$this->assertSame( count( CST_Widgets_Attributes::schema()['cst-ask-provider'] ), count( $attributes ) );
	}
}
