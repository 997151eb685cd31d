package org.openipt.identity.web;

import java.util.UUID;

import org.openipt.identity.CurrentUser;
import org.openipt.identity.SignedInSessions;
import org.openipt.identity.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/** "Your sessions": where the person is signed in, and ending any of them; an administrator ends an account's. */
@Controller
class SignedInSessionsController {

    private final SignedInSessions sessions;

    SignedInSessionsController(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account/sessions")
    String list(CurrentUser user, HttpSession current, Model model) {
        model.addAttribute("places", sessions.of(user, current.getId()));
        return "identity/sessions";
    }

    @PostMapping("/account/sessions/{handle}/end")
    String end(CurrentUser user, @PathVariable UUID handle, RedirectAttributes redirect) {
        sessions.end(user, handle);
        redirect.addFlashAttribute("notice", "sessions.ended");
        return "redirect:/account/sessions";
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(CurrentUser user, HttpSession current, RedirectAttributes redirect) {
        sessions.endOthers(user, current.getId());
        redirect.addFlashAttribute("notice", "sessions.othersEnded");
        return "redirect:/account/sessions";
    }

    @PostMapping("/admin/users/{id}/sessions/end")
    String endAllOf(CurrentUser admin, @PathVariable UserId id, RedirectAttributes redirect) {
        int ended = sessions.endAllOf(admin, id);
        redirect.addFlashAttribute("notice", ended == 0 ? "sessions.noneToEnd" : "sessions.allEnded");
        return "redirect:/admin/users/" + id;
    }
}
