package org.openipt.notification.web;

import org.openipt.identity.CurrentUser;
import org.openipt.notification.ClientReminderService;
import org.openipt.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's reminder e-mails: chosen in the portal (/me/reminders), stopped from any reminder by its link
 * (/reminders/stop, no sign-in: the page asks for one click, a mail program's one-click POST stops them directly).
 */
@Controller
class ClientRemindersController {

    private final ClientReminderService reminders;

    ClientRemindersController(ClientReminderService reminders) {
        this.reminders = reminders;
    }

    /** The reminders page's check boxes and the version they were read at. */
    public static class RemindersForm {

        private boolean sessions;
        private boolean questionnaires;
        private long version;

        public boolean isSessions() { return sessions; }
        public void setSessions(boolean sessions) { this.sessions = sessions; }
        public boolean isQuestionnaires() { return questionnaires; }
        public void setQuestionnaires(boolean questionnaires) { this.questionnaires = questionnaires; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    @GetMapping("/me/reminders")
    String choices(CurrentUser client, Model model) {
        var choices = reminders.choices(client);
        RemindersForm form = new RemindersForm();
        form.setSessions(choices.sessions());
        form.setQuestionnaires(choices.questionnaires());
        form.setVersion(choices.version());
        model.addAttribute("form", form);
        return page(client, model);
    }

    @PostMapping("/me/reminders")
    String choose(CurrentUser client, @ModelAttribute("form") RemindersForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.outcome(errors, response, redirect, "reminders.saved", "/me/reminders",
                () -> reminders.choose(client, form.isSessions(), form.isQuestionnaires(), form.getVersion()),
                () -> page(client, model));
    }

    @GetMapping("/reminders/stop")
    String confirmStop(@RequestParam(name = "t", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "notification/reminders-stop";
    }

    @PostMapping("/reminders/stop")
    String stop(@RequestParam(name = "t", defaultValue = "") String token, Model model) {
        reminders.stop(token);
        model.addAttribute("stopped", true);
        return "notification/reminders-stop";
    }

    private String page(CurrentUser client, Model model) {
        model.addAttribute("choices", reminders.choices(client));
        return "notification/reminders";
    }
}
