package org.openipt.portal.web;

import org.openipt.portal.Sharing;
import org.openipt.portal.SharingChoices;

/** The sharing page's check boxes (an unticked box is not sent: false) and the version they were read at. */
public class SharingForm {

    private boolean formulation;
    private boolean goals;
    private long version;

    static SharingForm of(SharingChoices choices) {
        SharingForm form = new SharingForm();
        Sharing s = choices.sharing();
        form.formulation = s.formulation();
        form.goals = s.goals();
        form.version = choices.version();
        return form;
    }

    Sharing sharing() {
        return new Sharing(formulation, goals);
    }

    public boolean isFormulation() { return formulation; }
    public void setFormulation(boolean formulation) { this.formulation = formulation; }
    public boolean isGoals() { return goals; }
    public void setGoals(boolean goals) { this.goals = goals; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
