<?php
/**
 * Settings → CST widgets: the site-wide defaults of every widget and the
 * disclaimer banner. One option, `cst_widgets_settings`; uninstall.php
 * removes it.
 *
 * @package CST_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's settings: defaults, sanitising, and the admin page.
 */
final class CST_Widgets_Settings {

	const OPTION = 'cst_widgets_settings';

	/**
	 * The settings when nothing is saved. An empty language means the site's
	 * language (get_locale()); an empty emergency number, the number of the
	 * language's region; an empty provider, the widget's own words in the
	 * visitor's language; an empty theme, the page's own colour scheme (its
	 * `color-scheme`, light when it declares none), as the widgets do with no
	 * `theme` attribute.
	 *
	 * @return array<string, string>
	 */
	public static function defaults() {
		return array(
			'lang'             => '',
			'emergency_number' => '',
			'provider'         => '',
			'theme'            => '',
			'banner'           => 'off',
			'banner_dismiss'   => 'off',
			'banner_avoid'     => '',
		);
	}

	/**
	 * The saved settings, sanitised again on the way out (an option can be
	 * written by other code), merged over the defaults.
	 *
	 * @return array<string, string>
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		return self::sanitize( is_array( $saved ) ? $saved : array() );
	}

	/**
	 * Sanitises the settings form. Bad values fall back to the default.
	 *
	 * @param mixed $input Submitted values.
	 * @return array<string, string>
	 */
	public static function sanitize( $input ) {
		$input = is_array( $input ) ? $input : array();
		$out   = self::defaults();
		$rule  = static function ( $type, $extra = array() ) {
			return array_merge( array( 'type' => $type ), $extra );
		};
		foreach ( array(
			'lang'             => $rule( 'lang' ),
			'emergency_number' => $rule( 'phone' ),
			'provider'         => $rule( 'text' ),
			'theme'            => $rule( 'enum', array( 'values' => array( 'auto', 'light', 'dark' ) ) ),
			'banner'           => $rule( 'enum', array( 'values' => array( 'off', 'top', 'bottom' ) ) ),
			'banner_dismiss'   => $rule( 'enum', array( 'values' => array( 'off', 'none', 'session', 'local' ) ) ),
			'banner_avoid'     => $rule( 'text' ),
		) as $key => $attribute_rule ) {
			if ( isset( $input[ $key ] ) ) {
				$value = CST_Widgets_Attributes::sanitize_value( $input[ $key ], $attribute_rule );
				if ( is_string( $value ) ) {
					$out[ $key ] = $value;
				}
			}
		}
		return $out;
	}

	/**
	 * The language tag the widgets speak: the setting, else the site's.
	 *
	 * @return string
	 */
	public static function lang() {
		$settings = self::get();
		return '' !== $settings['lang'] ? $settings['lang'] : CST_Widgets_Attributes::locale_to_lang( get_locale() );
	}

	/** Hooks the page into the admin. */
	public static function register() {
		add_action( 'admin_init', array( __CLASS__, 'register_setting' ) );
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
	}

	/** Registers the option with its sanitising callback. */
	public static function register_setting() {
		register_setting(
			'cst_widgets',
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
			)
		);
	}

	/** Adds Settings → CST widgets. */
	public static function add_page() {
		add_options_page(
			__( 'CST widgets', 'cst-widgets' ),
			__( 'CST widgets', 'cst-widgets' ),
			'manage_options',
			'cst-widgets',
			array( __CLASS__, 'render_page' )
		);
	}

	/**
	 * One `<select>`.
	 *
	 * @param string                $key     Setting key.
	 * @param string                $current Current value.
	 * @param array<string, string> $choices Value => label.
	 */
	private static function select( $key, $current, $choices ) {
		printf( '<select id="cst-%1$s" name="%2$s[%1$s]">', esc_attr( $key ), esc_attr( self::OPTION ) );
		foreach ( $choices as $value => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}

	/**
	 * One text field.
	 *
	 * @param string                $key        Setting key.
	 * @param string                $current    Current value.
	 * @param array<string, string> $attributes More attributes (a `class` replaces `regular-text`).
	 */
	private static function text_input( $key, $current, $attributes ) {
		$attributes = array_merge( array( 'class' => 'regular-text' ), $attributes );
		printf( '<input type="text" id="cst-%1$s" name="%2$s[%1$s]" value="%3$s"', esc_attr( $key ), esc_attr( self::OPTION ), esc_attr( $current ) );
		foreach ( $attributes as $name => $value ) {
			printf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
		}
		echo '>';
	}

	/** The settings page. */
	public static function render_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$settings = self::get();
		$site     = CST_Widgets_Attributes::locale_to_lang( get_locale() );
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'CST widgets', 'cst-widgets' ); ?></h1>
			<p><?php esc_html_e( 'Defaults for every CST widget on this site. A shortcode or block can still set its own.', 'cst-widgets' ); ?></p>
			<form method="post" action="options.php">
				<?php settings_fields( 'cst_widgets' ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="cst-lang"><?php esc_html_e( 'Language and region', 'cst-widgets' ); ?></label></th>
						<td>
							<?php
							self::text_input(
								'lang',
								$settings['lang'],
								array(
									'placeholder'      => $site,
									'aria-describedby' => 'cst-lang-help',
								)
							);
							?>
							<p class="description" id="cst-lang-help">
								<?php
								/* translators: %s: the site's language tag, e.g. en-GB. */
								printf( esc_html__( 'Empty: the site language (%s). The region sets the emergency number: en-GB calls 999, de-DE 112.', 'cst-widgets' ), esc_html( $site ) );
								?>
							</p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="cst-emergency_number"><?php esc_html_e( 'Emergency number', 'cst-widgets' ); ?></label></th>
						<td>
							<?php
							self::text_input(
								'emergency_number',
								$settings['emergency_number'],
								array(
									'inputmode'        => 'tel',
									'aria-describedby' => 'cst-emergency-help',
								)
							);
							?>
							<p class="description" id="cst-emergency-help"><?php esc_html_e( 'Empty: the number of the region above. Digits, spaces, dashes, brackets and a leading + only.', 'cst-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="cst-provider"><?php esc_html_e( 'Who visitors should talk to', 'cst-widgets' ); ?></label></th>
						<td>
							<?php self::text_input( 'provider', $settings['provider'], array( 'aria-describedby' => 'cst-provider-help' ) ); ?>
							<p class="description" id="cst-provider-help"><?php esc_html_e( 'As it reads in a sentence, in your site\'s language: "your GP", "Ihrer Hausärztin oder Ihrem Hausarzt". Empty: the widget\'s own words ("your doctor or other healthcare provider"), translated.', 'cst-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="cst-theme"><?php esc_html_e( 'Colour theme', 'cst-widgets' ); ?></label></th>
						<td>
							<?php
							self::select(
								'theme',
								$settings['theme'],
								array(
									''      => __( 'Your theme\'s (light unless it declares a dark colour scheme)', 'cst-widgets' ),
									'light' => __( 'Light', 'cst-widgets' ),
									'dark'  => __( 'Dark', 'cst-widgets' ),
									'auto'  => __( 'Follow the visitor\'s system (only if your theme has a dark mode too)', 'cst-widgets' ),
								)
							);
							?>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="cst-banner"><?php esc_html_e( 'Disclaimer banner on every page', 'cst-widgets' ); ?></label></th>
						<td>
							<?php
							self::select(
								'banner',
								$settings['banner'],
								array(
									'off'    => __( 'None', 'cst-widgets' ),
									'top'    => __( 'At the top (below the admin bar, above the site header)', 'cst-widgets' ),
									'bottom' => __( 'At the bottom (above the footer\'s links when scrolled to the end)', 'cst-widgets' ),
								)
							);
							?>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="cst-banner_dismiss"><?php esc_html_e( 'Visitors can dismiss the banner', 'cst-widgets' ); ?></label></th>
						<td>
							<?php
							self::select(
								'banner_dismiss',
								$settings['banner_dismiss'],
								array(
									'off'     => __( 'No', 'cst-widgets' ),
									'none'    => __( 'Yes, until they open another page (nothing stored)', 'cst-widgets' ),
									'session' => __( 'Yes, until they close the tab (stored in their browser only)', 'cst-widgets' ),
									'local'   => __( 'Yes, for a year (stored in their browser only)', 'cst-widgets' ),
								)
							);
							?>
							<p class="description"><?php esc_html_e( 'Nothing is sent to your site or anyone else, and no cookie is set.', 'cst-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="cst-banner_avoid"><?php esc_html_e( 'Your theme\'s fixed header or footer', 'cst-widgets' ); ?></label></th>
						<td>
							<?php
							self::text_input(
								'banner_avoid',
								$settings['banner_avoid'],
								array(
									'class'            => 'regular-text code',
									'placeholder'      => '.site-header',
									'aria-describedby' => 'cst-banner_avoid-help',
								)
							);
							?>
							<p class="description" id="cst-banner_avoid-help"><?php esc_html_e( 'Only if your theme keeps its header (or footer) in view while the page scrolls: its CSS selector, and the banner sits beside it instead of covering its links. Empty: nothing to keep clear of.', 'cst-widgets' ); ?></p>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
			<h2><?php esc_html_e( 'Shortcodes', 'cst-widgets' ); ?></h2>
			<p><code>[cst_benefits layout="accordion"]</code> <code>[cst_disclaimer]</code> <code>[cst_ask_provider questions urgent contact-href="tel:+441234567890"]</code></p>
			<p><?php esc_html_e( 'Or add the blocks "CST explainer", "Health disclaimer" and "Ask your provider first" in the editor. Both work for every role, Contributor and Author included.', 'cst-widgets' ); ?></p>
		</div>
		<?php
	}
}
