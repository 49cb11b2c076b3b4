/** Reader for the UK Office for National Statistics input-output analytical tables. */
package org.sectoral.io.ons;
