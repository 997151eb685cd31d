package org.openipt.portal.web;

import java.util.Locale;

import org.openipt.identity.CurrentUser;
import org.openipt.portal.MyProgressService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My progress": the client's own scores over their course, as far as their clinician shared them. */
@Controller
class MyProgressController {

    private final MyProgressService progress;

    MyProgressController(MyProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/me/progress")
    String progress(CurrentUser client, Locale locale, Model model) {
        model.addAttribute("progress", progress.progress(client, locale));
        return "portal/progress";
    }
}
