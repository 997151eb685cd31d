package org.openipt.safety.web;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.CrisisResource;
import org.openipt.safety.CrisisResourceFields;
import org.openipt.safety.CrisisResourceService;

import jakarta.validation.constraints.Size;

/** A crisis resource as an administrator writes it. */
public class CrisisResourceForm {

    @Size(max = 35, message = "{crisis.locale.invalid}")
    private @Nullable String locale;
    @Size(max = CrisisResourceService.MAX_NAME, message = "{field.tooLong}")
    private @Nullable String name;
    @Size(max = CrisisResourceService.MAX_CONTACT, message = "{field.tooLong}")
    private @Nullable String contact;
    @Size(max = CrisisResourceService.MAX_DESCRIPTION, message = "{field.tooLong}")
    private @Nullable String description;
    private long version;

    static CrisisResourceForm of(CrisisResource resource) {
        CrisisResourceForm form = new CrisisResourceForm();
        form.locale = resource.locale();
        form.name = resource.name();
        form.contact = resource.contact();
        form.description = resource.description();
        form.version = resource.version();
        return form;
    }

    CrisisResourceFields fields() {
        return new CrisisResourceFields(locale == null ? "" : locale, name == null ? "" : name,
                contact == null ? "" : contact, description);
    }

    public @Nullable String getLocale() { return locale; }
    public void setLocale(@Nullable String locale) { this.locale = locale; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getContact() { return contact; }
    public void setContact(@Nullable String contact) { this.contact = contact; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
