// What a Svelte app adds once: the elements' types for its markup.
import type {} from 'cst-widgets/svelte';
