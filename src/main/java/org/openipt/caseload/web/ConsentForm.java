package org.openipt.caseload.web;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ConsentKind;

/** A new version of a consent document, as an administrator writes it. */
class ConsentForm {

    private @Nullable ConsentKind kind;
    private String language = "en";
    private String title = "";
    private String body = "";

    public @Nullable ConsentKind getKind() { return kind; }
    public void setKind(@Nullable ConsentKind kind) { this.kind = kind; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
