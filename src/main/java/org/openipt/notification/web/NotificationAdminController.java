package org.openipt.notification.web;

import org.openipt.identity.CurrentUser;
import org.openipt.notification.NotificationService;
import org.openipt.shared.PageRequestParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators see the e-mails sent (or waiting, or given up) to their organisation's staff. */
@Controller
class NotificationAdminController {

    private final NotificationService notifications;

    NotificationAdminController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/notifications")
    String list(CurrentUser admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", notifications.recent(admin, PageRequestParams.of(page)));
        model.addAttribute("mailConfigured", notifications.mailConfigured());
        return "notification/notifications";
    }
}
