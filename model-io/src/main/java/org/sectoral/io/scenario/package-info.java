/**
 * JSON scenario files: the schema ({@code scenario.schema.json}), a reader whose errors name the
 * file, line, column and JSON path, and the analyses a file can ask for, run on a table.
 */
package org.sectoral.io.scenario;
