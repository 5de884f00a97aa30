<?php
/**
 * Plugin Name:       CST widgets
 * Plugin URI:        https://www.npmjs.com/package/cst-widgets
 * Description:       Honest craniosacral therapy widgets: an explainer of what CST is and what research shows, a health disclaimer and an "ask your provider first" callout. Shortcodes and blocks for every role, and a site-wide disclaimer banner.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cst-widgets
 *
 * @package CST_Widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CST_WIDGETS_VERSION', '0.1.0' );
define( 'CST_WIDGETS_FILE', __FILE__ );
define( 'CST_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once CST_WIDGETS_DIR . 'includes/class-cst-widgets-attributes.php';
require_once CST_WIDGETS_DIR . 'includes/class-cst-widgets-settings.php';
require_once CST_WIDGETS_DIR . 'includes/class-cst-widgets-render.php';
require_once CST_WIDGETS_DIR . 'includes/class-cst-widgets-assets.php';

CST_Widgets_Settings::register();
CST_Widgets_Render::register();
CST_Widgets_Assets::register();
