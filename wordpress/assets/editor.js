/**
 * The three blocks in the editor: a control for each widget attribute in the
 * block's sidebar, and the widget itself as the preview (rendered by the
 * server, then drawn by the widgets' script, which the plugin loads into the
 * editor too). Plain script on WordPress's own globals, so the plugin needs
 * no build step. The attributes and their allowed values come from the PHP
 * schema (window.cstWidgetsBlocks), so the editor, the shortcodes and the
 * server-side check can never disagree.
 */
(function (wp, blocks) {
  'use strict';
  if (!wp || !wp.blocks || !blocks) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  /** `heading-level` → `headingLevel`, as the PHP side names block attributes. */
  function camel(name) {
    return name.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  /** `heading-level` → `Heading level`. */
  function label(name) {
    var words = name.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  var HELP = {
    lang: __(
      'Empty: the language set in Settings → CST widgets (by default the site language).',
      'cst-widgets',
    ),
    theme: __('Empty: the colour theme set in Settings → CST widgets.', 'cst-widgets'),
    'contact-href': __(
      'https:, http:, tel: or mailto:, or a link on this site such as /contact.',
      'cst-widgets',
    ),
    'content-src': __('A JSON file with your own words, on this site.', 'cst-widgets'),
    'emergency-number': __(
      'Empty: the number of the language’s region (en-GB: 999, de-DE: 112).',
      'cst-widgets',
    ),
    position: __(
      'Top and bottom are fixed to the window on the site; the preview here stays in place.',
      'cst-widgets',
    ),
  };

  function control(name, rule, attributes, setAttributes) {
    var key = camel(name);
    var value = attributes[key];
    var set = function (next) {
      var change = {};
      change[key] = next;
      setAttributes(change);
    };
    var common = { key: name, label: label(name), help: HELP[name] };
    if (rule.type === 'boolean') {
      return el(
        components.ToggleControl,
        Object.assign(common, { checked: !!value, onChange: set }),
      );
    }
    if (rule.type === 'enum') {
      var options = [
        {
          value: '',
          label:
            __('Default', 'cst-widgets') +
            (rule['default'] ? ' (' + rule['default'] + ')' : ''),
        },
      ];
      rule.values.forEach(function (option) {
        options.push({ value: option, label: option });
      });
      return el(
        components.SelectControl,
        Object.assign(common, { value: value || '', options: options, onChange: set }),
      );
    }
    if (rule.type === 'list') {
      var chosen = (value || '').split(/[\s,]+/).filter(Boolean);
      return el(
        components.BaseControl,
        Object.assign(common, { help: __('None ticked: all of them.', 'cst-widgets') }),
        rule.values.map(function (option) {
          return el(components.CheckboxControl, {
            key: option,
            label: option,
            checked: chosen.indexOf(option) !== -1,
            onChange: function (on) {
              var next = rule.values.filter(function (candidate) {
                return candidate === option ? on : chosen.indexOf(candidate) !== -1;
              });
              set(next.join(' '));
            },
          });
        }),
      );
    }
    return el(
      components.TextControl,
      Object.assign(common, { value: value || '', onChange: set }),
    );
  }

  Object.keys(blocks).forEach(function (name) {
    var schema = blocks[name];
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var controls = Object.keys(schema).map(function (attribute) {
          return control(
            attribute,
            schema[attribute],
            props.attributes,
            props.setAttributes,
          );
        });
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: __('Widget settings', 'cst-widgets') },
              controls,
            ),
          ),
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      // Dynamic block: the server renders it on every view.
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.cstWidgetsBlocks);
