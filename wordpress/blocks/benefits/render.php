<?php
/**
 * Server-side render of the block: the widget element, from the block's
 * attributes sanitised as a shortcode's are (CST_Widgets_Render::widget()).
 * The attributes are declared in PHP, from the same schema the shortcodes use.
 *
 * @package CST_Widgets
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      The block.
 */

defined( 'ABSPATH' ) || exit;

echo CST_Widgets_Render::widget( CST_Widgets_Render::BLOCKS[ $block->name ], $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from sanitised, escaped attributes.
