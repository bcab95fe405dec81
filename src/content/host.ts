// The overlay's host element, by tag: the overlay creates it, the page watcher ignores it.
export const HOST_TAG = 'backstory-overlay';
