// What a Vue app adds once: the elements' types for its templates.
import type {} from 'cst-widgets/vue';
