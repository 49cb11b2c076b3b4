/** Sectoral's input-output core: the domain exception and its error codes; the model lives in sub-packages. */
package org.sectoral.core;
