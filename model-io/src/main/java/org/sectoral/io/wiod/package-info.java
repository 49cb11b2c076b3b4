/** Reader for the World Input-Output Database (WIOD, 2016 release) national tables. */
package org.sectoral.io.wiod;
