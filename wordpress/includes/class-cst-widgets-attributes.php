<?php
/**
 * The widgets' attributes, the values each one accepts, and their sanitising.
 *
 * Every shortcode and block attribute goes through here before it is printed.
 * The allow-lists follow custom-elements.json (test/wordpress/attributes.test.mjs
 * fails when they drift apart). A value that is not allowed is dropped, so the
 * widget shows its own default; nothing from an attribute becomes markup.
 *
 * @package CST_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Schema and sanitising of the widgets' attributes.
 */
final class CST_Widgets_Attributes {

	/** Links a contact button may use (as the widget itself allows). */
	const PROTOCOLS = array( 'https', 'http', 'tel', 'mailto' );

	/** Longest text accepted in a free-text attribute. */
	const MAX_TEXT = 200;

	/**
	 * The attributes of each widget. Types:
	 * - `enum`: one of `values` (trimmed, lower-cased);
	 * - `boolean`: present or not;
	 * - `list`: known keys from `values`, in the author's order;
	 * - `text`: plain text, tags stripped;
	 * - `phone`: digits, spaces, dashes, brackets and a leading `+`;
	 * - `number`: whole number from `min` to `max`;
	 * - `url`: https, http, tel, mailto, or relative to the site;
	 * - `same-site-url`: an address on this site only;
	 * - `lang`: a language tag such as `de-CH`.
	 *
	 * @return array<string, array<string, array<string, mixed>>>
	 */
	public static function schema() {
		$themes   = array( 'auto', 'light', 'dark' );
		$headings = array( '1', '2', '3', '4', '5', '6' );
		return array(
			'cst-benefits'     => array(
				'benefits'      => array(
					'type'   => 'list',
					'values' => array( 'pain', 'stress', 'nervous-system', 'immune', 'emotional' ),
				),
				'layout'        => array(
					'type'    => 'enum',
					'values'  => array( 'cards', 'list', 'accordion' ),
					'default' => 'cards',
				),
				'heading-level' => array(
					'type'    => 'enum',
					'values'  => $headings,
					'default' => '2',
				),
				'hide-intro'    => array( 'type' => 'boolean' ),
				'evidence'      => array(
					'type'    => 'enum',
					'values'  => array( 'show', 'hide' ),
					'default' => 'show',
				),
				'claims'        => array(
					'type'    => 'enum',
					'values'  => array( 'balanced', 'strict' ),
					'default' => 'balanced',
				),
				'content-src'    => array( 'type' => 'same-site-url' ),
				'reported-label' => array( 'type' => 'text' ),
				'research-label' => array( 'type' => 'text' ),
				'evidence-label' => array( 'type' => 'text' ),
				'sources-label'  => array( 'type' => 'text' ),
				'hide-review'    => array( 'type' => 'boolean' ),
				'lang'          => array( 'type' => 'lang' ),
				'theme'         => array(
					'type'   => 'enum',
					'values' => $themes,
				),
			),
			'cst-disclaimer'   => array(
				'position'      => array(
					'type'    => 'enum',
					'values'  => array( 'inline', 'top', 'bottom' ),
					'default' => 'inline',
				),
				'dismissible'   => array( 'type' => 'boolean' ),
				'remember'      => array(
					'type'    => 'enum',
					'values'  => array( 'none', 'session', 'local' ),
					'default' => 'local',
				),
				'remember-days' => array(
					'type'    => 'number',
					'min'     => 1,
					'max'     => 3650,
					'default' => '365',
				),
				'revision'      => array( 'type' => 'text' ),
				'dismiss-label' => array( 'type' => 'text' ),
				'avoid'         => array( 'type' => 'text' ),
				'id'            => array( 'type' => 'text' ),
				'hide-review'   => array( 'type' => 'boolean' ),
				'lang'          => array( 'type' => 'lang' ),
				'theme'         => array(
					'type'   => 'enum',
					'values' => $themes,
				),
			),
			'cst-ask-provider' => array(
				'questions'        => array( 'type' => 'boolean' ),
				'urgent'           => array( 'type' => 'boolean' ),
				'emergency-number' => array( 'type' => 'phone' ),
				'provider'         => array( 'type' => 'text' ),
				'contact-href'     => array( 'type' => 'url' ),
				'contact-label'    => array( 'type' => 'text' ),
				'heading-level'    => array(
					'type'    => 'enum',
					'values'  => $headings,
					'default' => '2',
				),
				'hide-review'      => array( 'type' => 'boolean' ),
				'lang'             => array( 'type' => 'lang' ),
				'theme'            => array(
					'type'   => 'enum',
					'values' => $themes,
				),
			),
		);
	}

	/**
	 * The attribute's name as a block attribute: `heading-level` → `headingLevel`.
	 *
	 * @param string $name Attribute name.
	 * @return string
	 */
	public static function camel( $name ) {
		return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
	}

	/**
	 * Sanitises raw attributes (from a shortcode or a block) for `$tag`.
	 *
	 * Accepts `heading-level`, `heading_level` and `headingLevel` alike, and a
	 * boolean attribute written alone (`[cst_ask_provider urgent]`). Unknown
	 * names and values that are not allowed are dropped.
	 *
	 * @param string $tag Element name, e.g. `cst-benefits`.
	 * @param mixed  $raw Attributes as WordPress passes them (array, or '' when none).
	 * @return array<string, string|true> Attribute name => value (true for a boolean attribute).
	 */
	public static function sanitize( $tag, $raw ) {
		$schema = self::schema();
		if ( ! isset( $schema[ $tag ] ) || ! is_array( $raw ) ) {
			return array();
		}
		$given = array();
		foreach ( $raw as $key => $value ) {
			if ( is_int( $key ) ) {
				// A word on its own in a shortcode: a boolean attribute that is on.
				if ( is_string( $value ) ) {
					$given[ self::normalize_name( $value ) ] = true;
				}
				continue;
			}
			$given[ self::normalize_name( (string) $key ) ] = $value;
		}
		$clean = array();
		foreach ( $schema[ $tag ] as $name => $rule ) {
			if ( ! array_key_exists( $name, $given ) ) {
				continue;
			}
			$value = self::sanitize_value( $given[ $name ], $rule );
			if ( null !== $value ) {
				$clean[ $name ] = $value;
			}
		}
		return $clean;
	}

	/**
	 * `heading_level`, `headingLevel`, ` Heading-Level ` → `heading-level`.
	 *
	 * @param string $name Raw name.
	 * @return string
	 */
	private static function normalize_name( $name ) {
		$name = preg_replace( '/([a-z])([A-Z])/', '$1-$2', trim( $name ) );
		return strtolower( str_replace( '_', '-', $name ) );
	}

	/**
	 * One value by its rule, or null when it is not allowed.
	 *
	 * @param mixed                $value Raw value.
	 * @param array<string, mixed> $rule  The attribute's rule from schema().
	 * @return string|true|null
	 */
	public static function sanitize_value( $value, $rule ) {
		if ( 'boolean' === $rule['type'] ) {
			return self::boolean( $value ) ? true : null;
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			$value = (string) $value;
		}
		if ( ! is_string( $value ) ) {
			return null;
		}
		switch ( $rule['type'] ) {
			case 'enum':
				$value = strtolower( trim( $value ) );
				return in_array( $value, $rule['values'], true ) ? $value : null;
			case 'list':
				$keys = array();
				foreach ( preg_split( '/[\s,]+/', strtolower( $value ), -1, PREG_SPLIT_NO_EMPTY ) as $key ) {
					if ( in_array( $key, $rule['values'], true ) && ! in_array( $key, $keys, true ) ) {
						$keys[] = $key;
					}
				}
				return $keys ? implode( ' ', $keys ) : null;
			case 'number':
				$value = trim( $value );
				if ( ! preg_match( '/^\d{1,9}$/', $value ) ) {
					return null;
				}
				$number = (int) $value;
				return $number >= $rule['min'] && $number <= $rule['max'] ? (string) $number : null;
			case 'phone':
				$value = trim( $value );
				return preg_match( '/^\+?[0-9][0-9 ()-]{1,19}$/', $value ) ? $value : null;
			case 'text':
				return self::text( $value );
			case 'url':
				return self::url( $value );
			case 'same-site-url':
				return self::same_site_url( $value );
			case 'lang':
				return self::lang( $value );
		}
		return null;
	}

	/**
	 * Whether a boolean attribute is on: `true`, `1`, `yes`, `on`, an empty
	 * string (written alone) or the attribute's own name; `false`, `0`, `no`,
	 * `off` are off.
	 *
	 * @param mixed $value Raw value.
	 * @return bool
	 */
	public static function boolean( $value ) {
		if ( is_bool( $value ) ) {
			return $value;
		}
		if ( is_int( $value ) ) {
			return 0 !== $value;
		}
		if ( ! is_string( $value ) ) {
			return false;
		}
		return ! in_array( strtolower( trim( $value ) ), array( 'false', '0', 'no', 'off' ), true );
	}

	/**
	 * Plain text: tags and line breaks removed, trimmed, at most MAX_TEXT
	 * characters; null when nothing is left.
	 *
	 * @param string $value Raw value.
	 * @return string|null
	 */
	public static function text( $value ) {
		$text = sanitize_text_field( $value );
		if ( function_exists( 'mb_substr' ) ) {
			$text = mb_substr( $text, 0, self::MAX_TEXT );
		} else {
			$text = substr( $text, 0, self::MAX_TEXT );
		}
		$text = trim( $text );
		return '' === $text ? null : $text;
	}

	/**
	 * A link with https, http, tel or mailto, or a link relative to the site
	 * (`/contact`, `#book`, `?a=b`); anything else (`javascript:`, `data:`, a bare
	 * word) is null.
	 *
	 * @param string $value Raw value.
	 * @return string|null
	 */
	public static function url( $value ) {
		$value = trim( $value );
		if ( '' === $value || preg_match( '/[\x00-\x20\x7f]/', $value ) ) {
			// Spaces and control characters inside a link are how a scheme
			// gets disguised (`java\tscript:`); a real link has none.
			return null;
		}
		$has_scheme = (bool) preg_match( '/^([a-z][a-z0-9+.-]*):/i', $value, $match );
		if ( $has_scheme ) {
			if ( ! in_array( strtolower( $match[1] ), self::PROTOCOLS, true ) ) {
				return null;
			}
		} elseif ( ! preg_match( '#^(/|\#|\?)#', $value ) ) {
			return null;
		}
		$url = esc_url_raw( $value, self::PROTOCOLS );
		return '' === $url ? null : $url;
	}

	/**
	 * An address on this site (the same host as home_url()), absolute or
	 * starting with `/`; the widget refuses any other, so the plugin does too.
	 *
	 * @param string $value Raw value.
	 * @return string|null
	 */
	public static function same_site_url( $value ) {
		$url = self::url( $value );
		if ( null === $url || ! preg_match( '#^(https?:|/)#i', $url ) ) {
			return null;
		}
		if ( 0 === strpos( $url, '//' ) || preg_match( '#^https?:#i', $url ) ) {
			$host = wp_parse_url( $url, PHP_URL_HOST );
			$home = wp_parse_url( home_url(), PHP_URL_HOST );
			if ( ! is_string( $host ) || strtolower( $host ) !== strtolower( (string) $home ) ) {
				return null;
			}
		}
		return $url;
	}

	/**
	 * A language tag (`de-CH`, `de_CH`, `pt-BR`) as BCP 47 (`de-CH`), or null.
	 *
	 * @param string $value Raw value.
	 * @return string|null
	 */
	public static function lang( $value ) {
		$tag = str_replace( '_', '-', trim( $value ) );
		if ( ! preg_match( '/^([a-zA-Z]{2,3})((?:-[a-zA-Z0-9]{1,8})*)$/', $tag, $match ) ) {
			return null;
		}
		$parts = explode( '-', $match[2] );
		$out   = strtolower( $match[1] );
		foreach ( array_filter( $parts, 'strlen' ) as $part ) {
			$out .= '-' . ( 2 === strlen( $part ) && ctype_alpha( $part ) ? strtoupper( $part ) : $part );
		}
		return $out;
	}

	/**
	 * The site's language as a tag for the widgets: `en_GB` → `en-GB`,
	 * `de_DE_formal` → `de-DE`.
	 *
	 * @param string $locale A WordPress locale such as get_locale() returns.
	 * @return string
	 */
	public static function locale_to_lang( $locale ) {
		if ( ! preg_match( '/^([a-zA-Z]{2,3})(?:_([a-zA-Z]{2}|\d{3}))?/', (string) $locale, $match ) ) {
			return 'en';
		}
		$tag = strtolower( $match[1] );
		if ( ! empty( $match[2] ) ) {
			$tag .= '-' . strtoupper( $match[2] );
		}
		return $tag;
	}

	/**
	 * The opening and closing tags of a widget, attributes escaped.
	 *
	 * @param string                   $tag   Element name (from schema()).
	 * @param array<string, string|true> $attrs Sanitised attributes.
	 * @param string                   $inner Markup to put inside, already safe.
	 * @return string
	 */
	public static function element( $tag, $attrs, $inner = '' ) {
		if ( ! isset( self::schema()[ $tag ] ) ) {
			return '';
		}
		$html = '<' . $tag;
		foreach ( $attrs as $name => $value ) {
			if ( ! isset( self::schema()[ $tag ][ $name ] ) ) {
				continue;
			}
			$html .= ' ' . $name;
			if ( true !== $value ) {
				$attr_value = 'url' === self::schema()[ $tag ][ $name ]['type'] || 'same-site-url' === self::schema()[ $tag ][ $name ]['type']
					? esc_url( $value, self::PROTOCOLS )
					: esc_attr( $value );
				$html      .= '="' . $attr_value . '"';
			}
		}
		return $html . '>' . $inner . '</' . $tag . '>';
	}
}
