/**
 * The interpersonal inventory: one record per significant relationship of the client, placed on the three rings
 * of the closeness circle, with an intake version that the current inventory is compared with. The facade is
 * {@link org.openipt.inventory.InventoryService}; the circle's geometry ({@link org.openipt.inventory.ClosenessCircle})
 * and the comparison ({@link org.openipt.inventory.InventoryChanges}) are plain Java.
 */
@NullMarked
package org.openipt.inventory;

import org.jspecify.annotations.NullMarked;
