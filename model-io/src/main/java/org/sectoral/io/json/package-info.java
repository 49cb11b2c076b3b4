/** Tables as JSON documents (schema in {@code FORMATS.md}), read and written with Jackson. */
package org.sectoral.io.json;
