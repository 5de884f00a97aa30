<?php
/**
 * The sanitising of every widget attribute: good values kept (normalised as
 * the widgets normalise them), bad ones dropped so the widget's default shows,
 * and nothing from an attribute ever becoming markup.
 *
 * @package CST_Widgets
 */

use PHPUnit\Framework\TestCase;

final class AttributesTest extends TestCase {

	private static function one( $tag, $name, $value ) {
		$clean = CST_Widgets_Attributes::sanitize( $tag, array( $name => $value ) );
		return $clean[ $name ] ?? null;
	}

	public function test_enums_keep_allowed_values_normalised_and_drop_others() {
		$this->assertSame( 'accordion', self::one( 'cst-benefits', 'layout', 'accordion' ) );
		$this->assertSame( 'list', self::one( 'cst-benefits', 'layout', '  LIST ' ) );
		$this->assertSame( '3', self::one( 'cst-ask-provider', 'heading-level', '3' ) );
		$this->assertSame( '3', self::one( 'cst-ask-provider', 'heading-level', 3 ) );
		foreach ( array( 'grid', '<script>', 'javascript:alert(1)', '', 'cards list', array( 'cards' ) ) as $bad ) {
			$this->assertNull( self::one( 'cst-benefits', 'layout', $bad ), var_export( $bad, true ) );
		}
		foreach ( array( '0', '7', '2.0', '-1', ' 2x' ) as $bad ) {
			$this->assertNull( self::one( 'cst-benefits', 'heading-level', $bad ), $bad );
		}
		$this->assertSame( 'strict', self::one( 'cst-benefits', 'claims', 'Strict' ) );
		$this->assertSame( 'session', self::one( 'cst-disclaimer', 'remember', 'session' ) );
		$this->assertNull( self::one( 'cst-disclaimer', 'position', 'left' ) );
		$this->assertSame( 'dark', self::one( 'cst-disclaimer', 'theme', 'dark' ) );
		$this->assertNull( self::one( 'cst-disclaimer', 'theme', 'sepia' ) );
	}

	public function test_booleans_from_shortcodes_and_blocks() {
		$on = CST_Widgets_Attributes::sanitize( 'cst-ask-provider', array( 'questions', 'urgent' ) );
		$this->assertSame( array( 'questions' => true, 'urgent' => true ), $on );
		foreach ( array( true, 1, '1', 'true', 'yes', 'on', '', 'questions' ) as $yes ) {
			$this->assertTrue( self::one( 'cst-ask-provider', 'questions', $yes ), var_export( $yes, true ) );
		}
		foreach ( array( false, 0, '0', 'false', 'No', ' off ', null, array() ) as $no ) {
			$this->assertNull( self::one( 'cst-ask-provider', 'questions', $no ), var_export( $no, true ) );
		}
		// A positional word that is no attribute of the widget is ignored.
		$this->assertSame( array(), CST_Widgets_Attributes::sanitize( 'cst-ask-provider', array( 'onclick' ) ) );
	}

	public function test_topic_lists_keep_known_keys_in_order_without_repeats() {
		$this->assertSame( 'stress pain', self::one( 'cst-benefits', 'benefits', 'stress, pain' ) );
		$this->assertSame( 'immune emotional', self::one( 'cst-benefits', 'benefits', 'IMMUNE  emotional immune cure' ) );
		$this->assertNull( self::one( 'cst-benefits', 'benefits', 'cure detox' ) );
		$this->assertNull( self::one( 'cst-benefits', 'benefits', '"><b>' ) );
	}

	public function test_remember_days_is_a_whole_number_from_1_to_3650() {
		$this->assertSame( '30', self::one( 'cst-disclaimer', 'remember-days', ' 30 ' ) );
		$this->assertSame( '1', self::one( 'cst-disclaimer', 'remember-days', '1' ) );
		$this->assertSame( '3650', self::one( 'cst-disclaimer', 'remember-days', '3650' ) );
		foreach ( array( '0', '3651', '-5', '1e3', '12.5', '0x10', '', 'ten' ) as $bad ) {
			$this->assertNull( self::one( 'cst-disclaimer', 'remember-days', $bad ), $bad );
		}
	}

	public function test_emergency_numbers_are_phone_numbers_only() {
		$this->assertSame( '112', self::one( 'cst-ask-provider', 'emergency-number', ' 112 ' ) );
		$this->assertSame( '+44 (0)20 1234-5678', self::one( 'cst-ask-provider', 'emergency-number', '+44 (0)20 1234-5678' ) );
		foreach ( array( '112<b>', 'call 999', '9', '+', '++112', '1' . str_repeat( '2', 20 ), 'javascript:1' ) as $bad ) {
			$this->assertNull( self::one( 'cst-ask-provider', 'emergency-number', $bad ), $bad );
		}
	}

	public function test_text_is_plain_text() {
		$this->assertSame( 'your GP', self::one( 'cst-ask-provider', 'provider', '<img src=x onerror=alert(1)>your GP' ) );
		$this->assertSame( 'Call "the" clinic', self::one( 'cst-ask-provider', 'contact-label', "Call \"the\"\n clinic" ) );
		$this->assertNull( self::one( 'cst-ask-provider', 'provider', '  <b></b> ' ) );
		$long = self::one( 'cst-disclaimer', 'dismiss-label', str_repeat( 'ä', 500 ) );
		$this->assertSame( CST_Widgets_Attributes::MAX_TEXT, mb_strlen( $long ) );
	}

	public function test_links_allow_https_http_tel_mailto_and_site_relative_only() {
		$good = array(
			'https://practice.example/contact',
			'http://practice.example/',
			'tel:+441234567890',
			'mailto:info@practice.example',
			'/contact',
			'#book',
			'?page=2',
		);
		foreach ( $good as $url ) {
			$this->assertSame( $url, self::one( 'cst-ask-provider', 'contact-href', $url ), $url );
		}
		$bad = array(
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			" javascript:alert(1)",
			"java\tscript:alert(1)",
			"java\x00script:alert(1)",
			'javascript&#58;alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
			'ftp://example.org/',
			'contact',
			'https://practice.example/a b',
			'',
		);
		foreach ( $bad as $url ) {
			$this->assertNull( self::one( 'cst-ask-provider', 'contact-href', $url ), var_export( $url, true ) );
		}
	}

	public function test_own_words_come_from_this_site_only() {
		$this->assertSame( 'https://practice.example/words.json', self::one( 'cst-benefits', 'content-src', 'https://practice.example/words.json' ) );
		$this->assertSame( '/words.json', self::one( 'cst-benefits', 'content-src', '/words.json' ) );
		foreach ( array( 'https://evil.example/words.json', '//evil.example/words.json', 'https://practice.example.evil.example/w.json', 'mailto:a@practice.example', 'data:application/json,{}', 'javascript:alert(1)', 'words.json' ) as $bad ) {
			$this->assertNull( self::one( 'cst-benefits', 'content-src', $bad ), $bad );
		}
	}

	public function test_language_tags() {
		$this->assertSame( 'de-CH', self::one( 'cst-benefits', 'lang', 'de_CH' ) );
		$this->assertSame( 'en-GB', self::one( 'cst-benefits', 'lang', 'EN-gb' ) );
		$this->assertSame( 'zh-Hant-TW', self::one( 'cst-benefits', 'lang', 'zh-Hant-TW' ) );
		$this->assertSame( 'es-419', self::one( 'cst-benefits', 'lang', 'es-419' ) );
		foreach ( array( '"><script>', 'e', 'english', 'de--CH', 'de-', '' ) as $bad ) {
			$this->assertNull( self::one( 'cst-benefits', 'lang', $bad ), $bad );
		}
	}

	public function test_site_locales_become_language_tags() {
		$this->assertSame( 'en-GB', CST_Widgets_Attributes::locale_to_lang( 'en_GB' ) );
		$this->assertSame( 'de-CH', CST_Widgets_Attributes::locale_to_lang( 'de_CH' ) );
		$this->assertSame( 'de-DE', CST_Widgets_Attributes::locale_to_lang( 'de_DE_formal' ) );
		$this->assertSame( 'es-419', CST_Widgets_Attributes::locale_to_lang( 'es_419' ) );
		$this->assertSame( 'fr', CST_Widgets_Attributes::locale_to_lang( 'fr' ) );
		$this->assertSame( 'en', CST_Widgets_Attributes::locale_to_lang( '' ) );
		$this->assertSame( 'en', CST_Widgets_Attributes::locale_to_lang( '<script>' ) );
	}

	public function test_attribute_names_as_shortcodes_and_blocks_write_them() {
		foreach ( array( 'heading-level', 'heading_level', 'headingLevel', ' HEADING-LEVEL ' ) as $name ) {
			$this->assertSame( array( 'heading-level' => '4' ), CST_Widgets_Attributes::sanitize( 'cst-benefits', array( $name => '4' ) ), $name );
		}
		$this->assertSame( 'headingLevel', CST_Widgets_Attributes::camel( 'heading-level' ) );
		$this->assertSame( 'emergencyNumber', CST_Widgets_Attributes::camel( 'emergency-number' ) );
		$this->assertSame( array(), CST_Widgets_Attributes::sanitize( 'cst-benefits', array( 'onclick' => 'alert(1)', 'style' => 'x' ) ) );
		$this->assertSame( array(), CST_Widgets_Attributes::sanitize( 'cst-evil', array( 'layout' => 'list' ) ) );
		$this->assertSame( array(), CST_Widgets_Attributes::sanitize( 'cst-benefits', '' ) );
	}

	/** Every attribute of every widget, given every hostile value: one clean tag, nothing more. */
	public function test_no_value_becomes_markup() {
		$hostile = array(
			'"><script>alert(1)</script>',
			"' onmouseover='alert(1)",
			'</cst-benefits><img src=x onerror=alert(1)>',
			'javascript:alert(1)',
			"\" autofocus onfocus=\"alert(1)",
			'&quot;&gt;&lt;b&gt;',
			"\u{202E}evil",
			'%22%3E%3Cscript%3E',
		);
		foreach ( CST_Widgets_Attributes::schema() as $tag => $attributes ) {
			foreach ( $attributes as $name => $rule ) {
				foreach ( $hostile as $value ) {
					$html = CST_Widgets_Attributes::element( $tag, CST_Widgets_Attributes::sanitize( $tag, array( $name => $value ) ) );
					$this->assertMatchesRegularExpression(
						'/^<' . $tag . '(?: [a-z-]+(?:="[^"<>]*")?)*><\/' . $tag . '>$/',
						$html,
						"$tag $name = $value"
					);
					if ( in_array( $rule['type'], array( 'url', 'same-site-url' ), true ) ) {
						$this->assertStringNotContainsString( 'javascript', $html );
					}
				}
			}
		}
	}

	public function test_element_escapes_values_and_prints_booleans_bare() {
		$html = CST_Widgets_Attributes::element(
			'cst-ask-provider',
			array(
				'urgent'        => true,
				'provider'      => 'Dr "Who" & partners',
				'contact-href'  => 'https://practice.example/?a=1&b=2',
				'not-an-attr'   => 'x',
			)
		);
		$this->assertSame( '<cst-ask-provider urgent provider="Dr &quot;Who&quot; &amp; partners" contact-href="https://practice.example/?a=1&#038;b=2"></cst-ask-provider>', $html );
		$this->assertSame( '', CST_Widgets_Attributes::element( 'script', array() ) );
	}
}
