<?php
/**
 * The widgets' script, in `<head>`, as a module, only on pages with a widget.
 *
 * The script is an ES module (it uses `import.meta`), so it must be printed
 * with `type="module"`: through the script-module API where WordPress has it
 * (6.5+), else through the classic API with the `script_loader_tag` filter.
 * The site language's file is printed before the script, so the first render
 * is already in that language and the file is fetched once. In `<head>`,
 * `blocking="render"` holds the first paint until the widgets have drawn
 * themselves, so nothing on the page moves when they appear.
 *
 * @package CST_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the drop-in script and its language file.
 */
final class CST_Widgets_Assets {

	const HANDLE        = 'cst-widgets';
	const LOCALE_HANDLE = 'cst-widgets-locale';
	const EDITOR_HANDLE = 'cst-widgets-editor';

	/**
	 * Whether the scripts are enqueued.
	 *
	 * @var bool
	 */
	private static $enqueued = false;

	/** Hooks the asset loading into WordPress. */
	public static function register() {
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_if_used' ) );
		add_action( 'wp_head', array( __CLASS__, 'print_styles' ), 20 );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'enqueue_editor' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 3 );
		add_filter( 'wp_script_attributes', array( __CLASS__, 'module_attributes' ) );
	}

	/**
	 * The URL of a file in the plugin's copy of the built `dist/` folder.
	 *
	 * @param string $file Path inside dist/, e.g. `cst-widgets.js`.
	 * @return string
	 */
	private static function url( $file ) {
		return plugins_url( 'dist/' . $file, CST_WIDGETS_FILE );
	}

	/**
	 * The language file for the widgets' language, or null for English (in
	 * the script) and languages the widgets do not have.
	 *
	 * @return string|null Path inside dist/.
	 */
	public static function locale_file() {
		$language = strtolower( strtok( CST_Widgets_Settings::lang(), '-' ) );
		$file     = 'locales/' . $language . '.js';
		return preg_match( '/^[a-z]{2,3}$/', $language ) && is_file( CST_WIDGETS_DIR . 'dist/' . $file ) ? $file : null;
	}

	/**
	 * Whether the page being shown has a widget: a shortcode or block in any
	 * post of the main query, or the site-wide banner.
	 *
	 * @return bool
	 */
	public static function page_uses_widgets() {
		if ( 'off' !== CST_Widgets_Settings::get()['banner'] ) {
			return true;
		}
		global $wp_query;
		$posts = isset( $wp_query->posts ) && is_array( $wp_query->posts ) ? $wp_query->posts : array();
		foreach ( $posts as $post ) {
			$content = isset( $post->post_content ) ? (string) $post->post_content : '';
			foreach ( array_keys( CST_Widgets_Render::SHORTCODES ) as $shortcode ) {
				if ( has_shortcode( $content, $shortcode ) ) {
					return true;
				}
			}
			foreach ( array_keys( CST_Widgets_Render::BLOCKS ) as $block ) {
				if ( has_block( $block, $content ) ) {
					return true;
				}
			}
		}
		return false;
	}

	/** Enqueues the scripts before `<head>` is printed if the page has a widget. */
	public static function enqueue_if_used() {
		if ( self::page_uses_widgets() ) {
			self::enqueue();
		}
	}

	/**
	 * Called by every widget as it renders: a widget the page check missed
	 * (e.g. in a template part or a widget area) still gets its script, in the
	 * footer if `<head>` is already out.
	 */
	public static function need() {
		if ( ! is_admin() && ( did_action( 'wp_enqueue_scripts' ) || doing_action( 'wp_enqueue_scripts' ) ) ) {
			self::enqueue();
		}
	}

	/** Enqueues the language file, then the script. */
	public static function enqueue() {
		if ( self::$enqueued ) {
			return;
		}
		self::$enqueued = true;
		$locale         = self::locale_file();
		// WordPress 6.5+ prints script modules in <head> for block themes only
		// (in the footer for classic themes, too late to hold the first paint):
		// there the module API, elsewhere the classic API as modules.
		if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() && wp_is_block_theme() ) {
			if ( $locale ) {
				wp_enqueue_script_module( self::LOCALE_HANDLE, self::url( $locale ), array(), CST_WIDGETS_VERSION );
			}
			wp_enqueue_script_module( self::HANDLE, self::url( 'cst-widgets.js' ), array(), CST_WIDGETS_VERSION );
			return;
		}
		// wp_enqueue_scripts itself runs inside wp_head; the head's scripts
		// are out once wp_print_scripts has run.
		$in_footer = did_action( 'wp_print_scripts' ) > 0;
		$deps      = array();
		if ( $locale ) {
			wp_enqueue_script( self::LOCALE_HANDLE, self::url( $locale ), array(), CST_WIDGETS_VERSION, $in_footer );
			// A dependency, so WordPress prints the language file first.
			$deps[] = self::LOCALE_HANDLE;
		}
		wp_enqueue_script( self::HANDLE, self::url( 'cst-widgets.js' ), $deps, CST_WIDGETS_VERSION, $in_footer );
	}

	/**
	 * Prints our classic-API scripts as modules: WordPress before 6.5 has no
	 * other way, and without `type="module"` the script fails on its first
	 * `import.meta`.
	 *
	 * @param string $tag    The `<script>` tag WordPress made.
	 * @param string $handle Script handle.
	 * @param string $src    Script URL.
	 * @return string
	 */
	public static function module_tag( $tag, $handle, $src ) {
		if ( self::HANDLE !== $handle && self::LOCALE_HANDLE !== $handle ) {
			return $tag;
		}
		return sprintf(
			'<script type="module" src="%s" id="%s"%s></script>' . "\n",
			esc_url( $src ),
			esc_attr( $handle . '-js' ),
			doing_action( 'wp_head' ) ? ' blocking="render"' : ''
		);
	}

	/**
	 * Adds `blocking="render"` to our script modules printed in `<head>`
	 * (WordPress 6.5+).
	 *
	 * @param array<string, mixed> $attributes Attributes of a script tag.
	 * @return array<string, mixed>
	 */
	public static function module_attributes( $attributes ) {
		$ours = array( self::HANDLE . '-js-module', self::LOCALE_HANDLE . '-js-module' );
		if ( isset( $attributes['id'] ) && in_array( $attributes['id'], $ours, true ) && doing_action( 'wp_head' ) ) {
			$attributes['blocking'] = 'render';
		}
		return $attributes;
	}

	/**
	 * A top banner is fixed to the top of the window, where the logged-in
	 * admin bar is (32 px, 46 px on phones, WordPress's own variable): it goes
	 * just below it. The widget's inset property, so that banners still stack
	 * below it and keep their scroll padding right.
	 */
	public static function print_styles() {
		if ( ! self::$enqueued || ! is_admin_bar_showing() ) {
			return;
		}
		echo "<style id=\"cst-widgets-admin-bar\">body.admin-bar cst-disclaimer[position=\"top\"]{--cst-disclaimer-inset:var(--wp-admin--admin-bar--height,32px)}</style>\n";
	}

	/** Registers the editor's block script (before the blocks that name it). */
	public static function register_editor_script() {
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'assets/editor.js', CST_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			CST_WIDGETS_VERSION,
			true
		);
		$schema = array();
		foreach ( CST_Widgets_Render::BLOCKS as $block => $tag ) {
			$schema[ $block ] = CST_Widgets_Attributes::schema()[ $tag ];
		}
		wp_add_inline_script( self::EDITOR_HANDLE, 'window.cstWidgetsBlocks = ' . wp_json_encode( $schema ) . ';', 'before' );
	}

	/** The widgets' script in the editor too, so the blocks' previews are the live widgets. */
	public static function enqueue_editor() {
		self::enqueue();
	}
}
