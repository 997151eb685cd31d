/** The portal's pages: thin controllers over the portal's queries. */
@NullMarked
package org.openipt.portal.web;

import org.jspecify.annotations.NullMarked;
