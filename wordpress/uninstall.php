<?php
/**
 * Removes the plugin's one option when the plugin is deleted. The plugin
 * stores nothing else: no table, no post meta, nothing about visitors.
 *
 * @package CST_Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'cst_widgets_settings' );
delete_site_option( 'cst_widgets_settings' );
