package org.openipt.identity.web;

/** Setting a password with an invitation or a forgotten-password link; {@code signIn} only when one must be chosen. */
class PasswordSetupForm {

    private String signIn = "";
    private String password = "";
    private String confirmation = "";

    public String getSignIn() { return signIn; }
    public void setSignIn(String signIn) { this.signIn = signIn; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
