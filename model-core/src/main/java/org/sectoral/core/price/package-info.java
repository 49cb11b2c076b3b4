/** The Leontief price (cost-push) model: price effects of value-added, input and import price changes. */
package org.sectoral.core.price;
