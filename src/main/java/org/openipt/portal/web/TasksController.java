package org.openipt.portal.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.portal.PortalTasks;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.WorksheetId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "My tasks": what the client may try between sessions, each with a small form to say how it went. A task changed
 * by the clinician while the client wrote is a conflict that shows the task as it is now, with what they wrote.
 */
@Controller
class TasksController {

    private final PortalTasks tasks;

    TasksController(PortalTasks tasks) {
        this.tasks = tasks;
    }

    @ModelAttribute("statuses")
    TaskStatus[] statuses() {
        return TaskStatus.values();
    }

    @GetMapping("/me/tasks")
    String tasks(CurrentUser client, Model model) {
        model.addAttribute("page", tasks.page(client));
        return "portal/tasks";
    }

    @PostMapping("/me/tasks")
    String report(CurrentUser client, @RequestParam UUID task, @RequestParam TaskStatus status,
            @RequestParam(required = false) @Nullable String outcome, @RequestParam long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            tasks.report(client, new WorksheetId(task), status, outcome, version);
        }
        catch (OptimisticLockingFailureException changed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changed", task);
            model.addAttribute("keptOutcome", outcome);
            return tasks(client, model);
        }
        redirect.addFlashAttribute("notice", "task.reported");
        return "redirect:/me/tasks";
    }
}
