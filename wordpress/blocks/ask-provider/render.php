<?php
/**
 * Server-side render of the ask-provider block: the widget element, its attributes
 * sanitised. The attributes are declared in PHP (CST_Widgets_Blocks), from
 * the same schema the shortcodes use.
 *
 * @package CST_Widgets
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

echo CST_Widgets_Render::widget( ' reasons, questions to ask, an emergency note.:cst-ask-provider', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from sanitised, escaped attributes.
