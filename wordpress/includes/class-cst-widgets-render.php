<?php
/**
 * The widgets as shortcodes, blocks and the site-wide banner.
 *
 * Shortcodes and blocks are stored as plain text or block comments, which
 * WordPress's HTML filter (kses) leaves alone for every role; the element is
 * made here, on the server, from sanitised attributes. So an Author or a
 * Contributor can add a widget, and editing a post never wipes one.
 *
 * @package CST_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the widget elements.
 */
final class CST_Widgets_Render {

	/** Shortcode name => element name. */
	const SHORTCODES = array(
		'cst_benefits'     => 'cst-benefits',
		'cst_disclaimer'   => 'cst-disclaimer',
		'cst_ask_provider' => 'cst-ask-provider',
	);

	/** Block name => element name. */
	const BLOCKS = array(
		'cst-widgets/benefits'     => 'cst-benefits',
		'cst-widgets/disclaimer'   => 'cst-disclaimer',
		'cst-widgets/ask-provider' => 'cst-ask-provider',
	);

	/** Adds the shortcodes, blocks and banner. */
	public static function register() {
		foreach ( self::SHORTCODES as $shortcode => $tag ) {
			add_shortcode(
				$shortcode,
				static function ( $atts ) use ( $tag ) {
					return self::widget( $tag, $atts );
				}
			);
		}
		add_action( 'init', array( __CLASS__, 'register_blocks' ) );
		add_action( 'wp_body_open', array( __CLASS__, 'top_banner' ) );
		add_action( 'wp_footer', array( __CLASS__, 'bottom_banner' ), 5 );
	}

	/**
	 * The block attributes of a widget, from the shared schema: booleans as
	 * booleans, everything else as strings ('' = the widget's default).
	 *
	 * @param string $tag Element name.
	 * @return array<string, array<string, mixed>>
	 */
	public static function block_attributes( $tag ) {
		$attributes = array();
		foreach ( CST_Widgets_Attributes::schema()[ $tag ] as $name => $rule ) {
			$attributes[ CST_Widgets_Attributes::camel( $name ) ] = 'boolean' === $rule['type']
				? array(
					'type'    => 'boolean',
					'default' => false,
				)
				: array(
					'type'    => 'string',
					'default' => '',
				);
		}
		return $attributes;
	}

	/** Registers the three dynamic blocks from their block.json. */
	public static function register_blocks() {
		CST_Widgets_Assets::register_editor_script();
		foreach ( self::BLOCKS as $name => $tag ) {
			register_block_type(
				CST_WIDGETS_DIR . 'blocks/' . substr( $name, strlen( 'cst-widgets/' ) ),
				array( 'attributes' => self::block_attributes( $tag ) )
			);
		}
	}

	/**
	 * The element for a shortcode or block: the raw attributes sanitised,
	 * the site's settings filled in where the author set nothing, escaped.
	 *
	 * @param string $tag Element name.
	 * @param mixed  $raw Raw attributes.
	 * @return string
	 */
	public static function widget( $tag, $raw ) {
		$attrs    = CST_Widgets_Attributes::sanitize( $tag, $raw );
		$settings = CST_Widgets_Settings::get();
		$defaults = array(
			'lang'  => CST_Widgets_Settings::lang(),
			'theme' => $settings['theme'],
		);
		if ( 'cst-ask-provider' === $tag ) {
			$defaults['provider']         = $settings['provider'];
			$defaults['emergency-number'] = $settings['emergency_number'];
		}
		foreach ( array_filter( $defaults, 'strlen' ) as $name => $value ) {
			if ( ! isset( $attrs[ $name ] ) ) {
				$attrs[ $name ] = $value;
			}
		}
		if ( 'cst-disclaimer' === $tag && self::is_editor_preview() ) {
			// A fixed banner inside the editor would cover the editor itself.
			unset( $attrs['position'] );
		}
		CST_Widgets_Assets::need();
		return CST_Widgets_Attributes::element( $tag, $attrs );
	}

	/**
	 * Whether this is the editor asking for a block's preview.
	 *
	 * @return bool
	 */
	private static function is_editor_preview() {
		return defined( 'REST_REQUEST' ) && REST_REQUEST;
	}

	/**
	 * The banner's attributes from the settings, or null when it is off.
	 *
	 * @param string $position `top` or `bottom`.
	 * @return string|null
	 */
	private static function banner( $position ) {
		$settings = CST_Widgets_Settings::get();
		if ( $settings['banner'] !== $position ) {
			return null;
		}
		$attrs = array( 'position' => $position );
		if ( 'off' !== $settings['banner_dismiss'] ) {
			$attrs['dismissible'] = 'dismissible';
			$attrs['remember']    = $settings['banner_dismiss'];
		}
		if ( '' !== $settings['banner_avoid'] ) {
			$attrs['avoid'] = $settings['banner_avoid'];
		}
		return self::widget( 'cst-disclaimer', $attrs );
	}

	/** Prints a top banner first in `<body>`, so it never covers the site header. */
	public static function top_banner() {
		$html = self::banner( 'top' );
		if ( null !== $html ) {
			echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from sanitised, escaped attributes.
		}
	}

	/** Prints a bottom banner last in the page, so it never covers the footer's links. */
	public static function bottom_banner() {
		$html = self::banner( 'bottom' );
		if ( null !== $html ) {
			echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from sanitised, escaped attributes.
		}
	}
}
