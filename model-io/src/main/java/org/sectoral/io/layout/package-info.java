/**
 * Data-driven descriptions of published table layouts (which row and column codes hold which
 * block), and located lookup of those codes, so a renamed publisher code is a one-line change.
 */
package org.sectoral.io.layout;
