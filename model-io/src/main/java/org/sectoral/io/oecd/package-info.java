/** Readers for OECD input-output tables: national IOTs (ttl, dom, imp) and the inter-country ICIO. */
package org.sectoral.io.oecd;
