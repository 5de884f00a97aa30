<?php
/**
 * Drives the test WordPress from the command line, through WordPress's own
 * functions, as its admin screens would:
 *
 *   php wp-tool.php <wordpress folder> <command> '<json arguments>'
 *
 * Commands: install-plugin (the zip, through the same Plugin_Upgrader as
 * Plugins → Add New → Upload, then activate_plugin), populate (users of every
 * role, and posts that each of them writes: each user is the current user
 * while writing, so kses filters their posts as it filters the editor's),
 * options (set options), uninstall. Prints one line of JSON.
 *
 * @package CST_Widgets
 */

if ( $argc < 3 ) {
	fwrite( STDERR, "usage: php wp-tool.php <wordpress folder> <command> [json]\n" );
	exit( 2 );
}
$cst_url                = getenv( 'CST_SITE_URL' );
$_SERVER['HTTP_HOST']   = $cst_url ? parse_url( $cst_url, PHP_URL_HOST ) . ':' . parse_url( $cst_url, PHP_URL_PORT ) : 'localhost';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = 'localhost';
require rtrim( $argv[1], '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$command = $argv[2];
$args    = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();

/**
 * Ends with a JSON answer.
 *
 * @param array $answer What to print.
 */
function cst_answer( $answer ) {
	echo "\n" . wp_json_encode( array_merge( array( 'ok' => true ), $answer ) ) . "\n";
	exit( 0 );
}

/**
 * Fails with a message.
 *
 * @param string $message Why.
 */
function cst_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $command ) {
	case 'install-plugin':
		wp_set_current_user( 1 );
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		WP_Filesystem();
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $args['zip'] );
		if ( true !== $result ) {
			cst_fail( 'install failed: ' . wp_json_encode( is_wp_error( $result ) ? $result->get_error_messages() : $upgrader->skin->get_upgrade_messages() ) );
		}
		$plugin    = $upgrader->plugin_info();
		$activated = activate_plugin( $plugin );
		if ( is_wp_error( $activated ) ) {
			cst_fail( 'activation failed: ' . $activated->get_error_message() );
		}
		cst_answer(
			array(
				'plugin' => $plugin,
				'active' => is_plugin_active( $plugin ),
				'data'   => get_plugin_data( WP_PLUGIN_DIR . '/' . $plugin, false, false ),
			)
		);
		break;

	case 'options':
		foreach ( $args as $name => $value ) {
			if ( 'WPLANG' === $name ) {
				// update_option() keeps only languages whose files are
				// installed, and Debian's wordpress package has none: write
				// it as a site with that language pack would have it.
				global $wpdb;
				update_option( 'WPLANG', '' );
				$wpdb->update( $wpdb->options, array( 'option_value' => $value ), array( 'option_name' => 'WPLANG' ) );
				wp_cache_delete( 'alloptions', 'options' );
				continue;
			}
			update_option( $name, $value );
		}
		cst_answer( array( 'locale' => get_locale() ) );
		break;

	case 'populate':
		$users = array( 'administrator' => 1 );
		foreach ( array( 'editor', 'author', 'contributor', 'subscriber' ) as $role ) {
			$id = wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => $role . '-password-123',
					'user_email' => $role . '@example.org',
					'role'       => $role,
				)
			);
			if ( is_wp_error( $id ) ) {
				cst_fail( $id->get_error_message() );
			}
			$users[ $role ] = $id;
		}

		// The same content in every post: every widget, with options.
		$shortcodes = implode(
			"\n\n",
			array(
				'[cst_disclaimer]',
				'[cst_benefits layout="accordion" benefits="pain stress nervous-system"]',
				'[cst_ask_provider questions urgent contact-href="tel:+441234567890" contact-label="Call the clinic"]',
			)
		);
		$blocks     = implode(
			"\n\n",
			array(
				'<!-- wp:cst-widgets/disclaimer /-->',
				'<!-- wp:cst-widgets/benefits {"layout":"list","evidence":"hide"} /-->',
				'<!-- wp:cst-widgets/ask-provider {"questions":true,"urgent":true,"contactHref":"mailto:info@example.org"} /-->',
			)
		);
		// What an attacker with an Author account might try: markup and
		// script links in attributes. All of it must come out inert.
		$hostile = '[cst_ask_provider urgent provider="<img src=x onerror=alert(1)>your GP" contact-href="javascript:alert(1)" contact-label="\"><script>alert(1)</script>" heading-level="9" emergency-number="112<b>"]'
			. "\n\n"
			. '<!-- wp:cst-widgets/benefits {"layout":"\u003cscript\u003e","contentSrc":"https://evil.example/words.json","theme":"javascript:alert(1)"} /-->';
		$raw        = '<script type="module" src="/cst-widgets/cst-widgets.js"></script><cst-benefits layout="list"></cst-benefits>';

		$posts = array();
		$write = static function ( $role, $key, $title, $content, $status = 'publish' ) use ( &$posts, $users ) {
			wp_set_current_user( $users[ $role ] );
			$id = wp_insert_post(
				wp_slash(
					array(
						'post_title'   => $title,
						'post_content' => $content,
						'post_status'  => $status,
						'post_author'  => $users[ $role ],
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				cst_fail( $id->get_error_message() );
			}
			$posts[ $role ][ $key ] = $id;
			return $id;
		};
		foreach ( array( 'administrator', 'editor', 'author', 'contributor' ) as $role ) {
			// A Contributor can only submit for review.
			$status = 'contributor' === $role ? 'pending' : 'publish';
			$write( $role, 'shortcodes', "Shortcodes by the $role", $shortcodes, $status );
			$write( $role, 'blocks', "Blocks by the $role", $blocks, $status );
		}
		// An Editor publishes what the Contributor submitted, as the
		// editor's Publish button does.
		wp_set_current_user( $users['editor'] );
		foreach ( $posts['contributor'] as $id ) {
			wp_update_post(
				array(
					'ID'          => $id,
					'post_status' => 'publish',
				)
			);
		}
		$write( 'author', 'hostile', 'Hostile attributes', $hostile );
		// Quotes and brackets as the configurator writes them in a shortcode.
		$write( 'author', 'escaped', 'Escaped attribute text', '[cst_ask_provider provider="Dr &quot;Who&quot; &#91;GP&#93; &amp; partners"]' );

		// Pasted widget code: kept for an Administrator, stripped for an Author.
		$write( 'administrator', 'raw', 'Raw snippet by the administrator', $raw );
		$write( 'author', 'raw', 'Raw snippet by the author', $raw );

		// An Author who only fixes the title of an Administrator's post.
		$shared = $write( 'administrator', 'shared', 'Set up by the administrator', $shortcodes . "\n\n" . $blocks );
		wp_set_current_user( $users['author'] );
		wp_update_post( wp_slash( array( 'ID' => $shared, 'post_title' => 'Title fixed by the author', 'post_author' => $users['author'] ) ) );

		$stored = array();
		foreach ( $posts as $role => $ids ) {
			foreach ( $ids as $key => $id ) {
				$stored[ $role ][ $key ] = get_post_field( 'post_content', $id, 'raw' );
			}
		}
		cst_answer(
			array(
				'users'           => $users,
				'posts'           => $posts,
				'stored'          => $stored,
				'kses'            => array(
					'author'        => ! user_can( $users['author'], 'unfiltered_html' ),
					'contributor'   => ! user_can( $users['contributor'], 'unfiltered_html' ),
					'administrator' => ! user_can( 1, 'unfiltered_html' ),
				),
				'post_statuses'   => array_map( 'get_post_status', $posts['contributor'] ),
				'shared_title'    => get_the_title( $shared ),
			)
		);
		break;

	case 'uninstall':
		wp_set_current_user( 1 );
		$plugin = 'cst-widgets/cst-widgets.php';
		$before = get_option( 'cst_widgets_settings', null );
		deactivate_plugins( $plugin );
		$deleted = delete_plugins( array( $plugin ) );
		cst_answer(
			array(
				'had_option' => null !== $before,
				'option'     => get_option( 'cst_widgets_settings', null ),
				'deleted'    => true === $deleted,
				'files_left' => file_exists( WP_PLUGIN_DIR . '/cst-widgets' ),
			)
		);
		break;

	default:
		cst_fail( "unknown command $command" );
}
