<?php
/**
 * Unit tests of the plugin's sanitising, on WordPress's own escaping and
 * text functions (loaded from Debian's WordPress, no database): the few
 * functions that would need a site (options, URLs, locale) are small stand-ins
 * here. The end-to-end test runs the same code on a whole WordPress.
 *
 * @package CST_Widgets
 */

$cst_wordpress = getenv( 'WORDPRESS_SOURCE' ) ? getenv( 'WORDPRESS_SOURCE' ) : '/usr/share/wordpress';
define( 'ABSPATH', rtrim( $cst_wordpress, '/' ) . '/' );
define( 'WPINC', 'wp-includes' );

require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/class-wp-object-cache.php';
require ABSPATH . WPINC . '/cache.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/http.php';
require ABSPATH . WPINC . '/functions.php';

/*
 * The plugin's option, as the tests set it: WordPress's own get_option()
 * asks the `pre_option_` filter before the database.
 */
$GLOBALS['cst_test_settings'] = array();
$GLOBALS['cst_test_locale']   = 'en_US';
wp_cache_init();
// The options WordPress's escaping reads; nothing else comes from a database.
wp_cache_set( 'alloptions', array( 'blog_charset' => 'UTF-8' ), 'options' );
add_filter(
	'pre_option_cst_widgets_settings',
	static function () {
		return $GLOBALS['cst_test_settings'];
	}
);

function get_locale() {
	return $GLOBALS['cst_test_locale'];
}

function home_url( $path = '' ) {
	return 'https://practice.example' . $path;
}

require dirname( __DIR__, 3 ) . '/wordpress/includes/class-cst-widgets-attributes.php';
require dirname( __DIR__, 3 ) . '/wordpress/includes/class-cst-widgets-settings.php';
require dirname( __DIR__, 3 ) . '/wordpress/includes/class-cst-widgets-assets.php';
require dirname( __DIR__, 3 ) . '/wordpress/includes/class-cst-widgets-render.php';
