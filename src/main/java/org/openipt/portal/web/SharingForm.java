package org.openipt.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.portal.SharedPart;
import org.openipt.portal.Sharing;
import org.openipt.portal.SharingChoices;
import org.openipt.shared.web.Choices;

/** The sharing page's check boxes (the parts ticked; none ticked: nothing shared) and the version they were read at. */
public class SharingForm {

    private List<SharedPart> parts = new ArrayList<>();
    private long version;

    static SharingForm of(SharingChoices choices) {
        SharingForm form = new SharingForm();
        form.parts = new ArrayList<>(choices.sharing().parts());
        form.version = choices.version();
        return form;
    }

    Sharing sharing() {
        return Sharing.of(parts == null ? List.of() : parts);
    }

    public List<SharedPart> getParts() { return parts; }
    public void setParts(@Nullable List<SharedPart> parts) { this.parts = Choices.inOrder(parts); }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
