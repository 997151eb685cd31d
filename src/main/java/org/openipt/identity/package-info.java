/** Organisations (tenants), user accounts, roles, sign-in and the current user. */
@NullMarked
package org.openipt.identity;

import org.jspecify.annotations.NullMarked;
