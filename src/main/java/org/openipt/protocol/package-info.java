/** IPT formats as data: session counts, phase lengths, cadence and wording, per organisation. */
@NullMarked
package org.openipt.protocol;

import org.jspecify.annotations.NullMarked;
