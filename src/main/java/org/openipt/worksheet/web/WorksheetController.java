package org.openipt.worksheet.web;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.web.FormSubmission;
import org.openipt.worksheet.CommunicationPattern;
import org.openipt.worksheet.Speaker;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetRules;
import org.openipt.worksheet.WorksheetService;
import org.openipt.worksheet.WorksheetType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The worksheets of a course: the list by kind, the page of one worksheet (new or existing), and deleting one
 * after a confirmation. A button that adds, removes or moves a row answers the same form again without saving.
 */
@Controller
class WorksheetController {

    private final WorksheetService worksheets;
    private final SmartValidator validator;

    WorksheetController(WorksheetService worksheets, SmartValidator validator) {
        this.worksheets = worksheets;
        this.validator = validator;
    }

    @ModelAttribute("types")
    WorksheetType[] types() {
        return WorksheetType.values();
    }

    @ModelAttribute("speakers")
    Speaker[] speakers() {
        return Speaker.values();
    }

    @ModelAttribute("patterns")
    CommunicationPattern[] patterns() {
        return CommunicationPattern.values();
    }

    @ModelAttribute("statuses")
    TaskStatus[] statuses() {
        return TaskStatus.values();
    }

    @GetMapping("/courses/{courseId}/worksheets")
    String list(CurrentUser user, @PathVariable CourseId courseId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", worksheets.worksheets(user, courseId, page));
        return "worksheet/worksheets";
    }

    @GetMapping("/courses/{courseId}/worksheets/new")
    String newWorksheet(CurrentUser clinician, @PathVariable CourseId courseId,
            @RequestParam(required = false) @Nullable WorksheetType type, Model model) {
        if (!worksheets.mayChange(clinician, courseId)) {
            throw new NotFoundException("course");
        }
        if (type == null) {
            return "redirect:" + listPath(courseId);
        }
        model.addAttribute("worksheet", WorksheetForm.blank(type));
        return formPage(clinician, courseId, null, type, model);
    }

    @PostMapping("/courses/{courseId}/worksheets")
    String create(CurrentUser clinician, @PathVariable CourseId courseId,
            @ModelAttribute("worksheet") WorksheetForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        worksheets.requireChangeable(clinician, courseId);
        WorksheetType type = form.getType();
        if (type == null) {
            throw new RuleViolation("worksheet.type.required");
        }
        if (form.getSubmissionKey() == null) {
            form.setSubmissionKey(UUID.randomUUID());
        }
        RowEdit rowEdit = RowEdit.parse(form.getEdit());
        if (rowEdit != null) {
            return edited(clinician, courseId, null, type, form, rowEdit, errors, model, response);
        }
        validator.validate(form, errors);
        return FormSubmission.outcome(errors, response, redirect, "worksheet.created", listPath(courseId),
                () -> worksheets.create(clinician, courseId, Objects.requireNonNull(form.getSubmissionKey()),
                        form.draft(type)),
                () -> formPage(clinician, courseId, null, type, model));
    }

    @GetMapping("/courses/{courseId}/worksheets/{worksheetId}")
    String edit(CurrentUser user, @PathVariable CourseId courseId, @PathVariable WorksheetId worksheetId,
            Model model) {
        Worksheet worksheet = worksheets.worksheet(user, courseId, worksheetId);
        model.addAttribute("worksheet", WorksheetForm.of(worksheet));
        model.addAttribute("byClient", worksheet.byClient());
        return formPage(user, courseId, worksheetId, worksheet.type(), model);
    }

    @PostMapping("/courses/{courseId}/worksheets/{worksheetId}")
    String change(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable WorksheetId worksheetId,
            @ModelAttribute("worksheet") WorksheetForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        worksheets.requireChangeable(clinician, courseId);
        WorksheetType type = worksheets.worksheet(clinician, courseId, worksheetId).type();
        form.setType(type);
        RowEdit rowEdit = RowEdit.parse(form.getEdit());
        if (rowEdit != null) {
            return edited(clinician, courseId, worksheetId, type, form, rowEdit, errors, model, response);
        }
        validator.validate(form, errors);
        return FormSubmission.outcome(errors, response, redirect, "worksheet.saved", listPath(courseId),
                () -> worksheets.change(clinician, courseId, worksheetId, form.draft(type), form.getVersion()),
                () -> formPage(clinician, courseId, worksheetId, type, model));
    }

    @GetMapping("/courses/{courseId}/worksheets/{worksheetId}/delete")
    String confirmDelete(CurrentUser clinician, @PathVariable CourseId courseId,
            @PathVariable WorksheetId worksheetId, Model model) {
        if (!worksheets.mayChange(clinician, courseId)) {
            throw new NotFoundException("course");
        }
        Worksheet worksheet = worksheets.worksheet(clinician, courseId, worksheetId);
        DeleteForm form = new DeleteForm();
        form.setVersion(worksheet.version());
        model.addAttribute("deleteForm", form);
        return deletePage(courseId, worksheet, model);
    }

    @PostMapping("/courses/{courseId}/worksheets/{worksheetId}/delete")
    String delete(CurrentUser clinician, @PathVariable CourseId courseId, @PathVariable WorksheetId worksheetId,
            @ModelAttribute("deleteForm") DeleteForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        worksheets.requireChangeable(clinician, courseId);
        Worksheet worksheet = worksheets.worksheet(clinician, courseId, worksheetId);
        return FormSubmission.outcome(errors, response, redirect, "worksheet.deleted", listPath(courseId),
                () -> worksheets.delete(clinician, courseId, worksheetId, form.getVersion()),
                () -> deletePage(courseId, worksheet, model));
    }

    /** The same form again with a row added, removed or moved; nothing is saved. */
    private String edited(CurrentUser clinician, CourseId courseId, @Nullable WorksheetId worksheetId,
            WorksheetType type, WorksheetForm form, RowEdit rowEdit, BindingResult errors, Model model,
            HttpServletResponse response) {
        String refusal = form.applyEdit(rowEdit);
        form.setEdit(null);
        if (refusal != null) {
            errors.reject(refusal);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return formPage(clinician, courseId, worksheetId, type, model);
    }

    private String formPage(CurrentUser user, CourseId courseId, @Nullable WorksheetId worksheetId,
            WorksheetType type, Model model) {
        model.addAttribute("courseId", courseId);
        model.addAttribute("worksheetId", worksheetId);
        model.addAttribute("type", type);
        model.addAttribute("choices", worksheets.choices(user, courseId));
        model.addAttribute("changeable", worksheets.mayChange(user, courseId));
        model.addAttribute("mostTurns", WorksheetRules.MOST_TURNS);
        model.addAttribute("currentPath", worksheetId == null ? listPath(courseId) + "/new?type=" + type
                : listPath(courseId) + "/" + worksheetId);
        return "worksheet/worksheet-form";
    }

    private String deletePage(CourseId courseId, Worksheet worksheet, Model model) {
        model.addAttribute("courseId", courseId);
        model.addAttribute("sheet", worksheet);
        model.addAttribute("currentPath", listPath(courseId) + "/" + worksheet.id() + "/delete");
        return "worksheet/delete";
    }

    private static String listPath(CourseId courseId) {
        return "/courses/" + courseId + "/worksheets";
    }
}
