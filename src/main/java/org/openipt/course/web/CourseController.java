package org.openipt.course.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openipt.course.CoursePageQuery;
import org.openipt.shared.web.FormSubmission;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.ConsentService;
import org.openipt.caseload.PortalInvitationService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecord;
import org.openipt.course.CourseService;
import org.openipt.course.PhaseTransition;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The client record and the course page: contract, phase checklist, moves, extension and exits. */
@Controller
class CourseController {

    private final CourseService courses;
    private final CoursePageQuery coursePages;
    private final CaseloadService caseload;
    private final PortalInvitationService portalInvitations;
    private final ConsentService consents;
    private final ProtocolCatalog protocols;
    private final Clock clock;

    CourseController(CourseService courses, CoursePageQuery coursePages, CaseloadService caseload,
            PortalInvitationService portalInvitations, ConsentService consents, ProtocolCatalog protocols,
            Clock clock) {
        this.courses = courses;
        this.coursePages = coursePages;
        this.caseload = caseload;
        this.portalInvitations = portalInvitations;
        this.consents = consents;
        this.protocols = protocols;
        this.clock = clock;
    }

    @ModelAttribute("cadences")
    Cadence[] cadences() {
        return Cadence.values();
    }

    @GetMapping("/clients/{clientId}")
    String client(CurrentUser user, @PathVariable ClientId clientId, Model model) {
        model.addAttribute("client", caseload.client(user, clientId));
        model.addAttribute("courses", courses.coursesOf(user, clientId));
        model.addAttribute("changeable", caseload.mayChange(user, clientId));
        model.addAttribute("portal", portalInvitations.access(user, clientId));
        model.addAttribute("consents", consents.ofClient(user, clientId));
        return "course/client";
    }

    @GetMapping("/clients/{clientId}/courses/new")
    String startForm(CurrentUser clinician, @PathVariable ClientId clientId,
            @RequestParam(required = false) ProtocolId protocol, Model model) {
        caseload.requireChangeable(clinician, clientId);
        List<Protocol> available = protocols.activeProtocols(clinician);
        Protocol chosen = available.stream().filter(p -> p.id().equals(protocol)).findFirst()
                .orElse(available.stream().filter(p -> p.code().equals("INDIVIDUAL_IPT")).findFirst()
                        .orElse(available.getFirst()));
        model.addAttribute("contract", ContractForm.startingWith(chosen, today(clinician)));
        return startPage(clinician, clientId, model);
    }

    @PostMapping("/clients/{clientId}/courses")
    String start(CurrentUser clinician, @PathVariable ClientId clientId,
            @Validated @ModelAttribute("contract") ContractForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        caseload.requireChangeable(clinician, clientId);
        if (!errors.hasErrors()) {
            try {
                CourseId id = courses.start(clinician, clientId, protocolId(form.getProtocolId()), form.terms());
                redirect.addFlashAttribute("notice", "course.started");
                return "redirect:/courses/" + id;
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return startPage(clinician, clientId, model);
    }

    @GetMapping("/courses/{courseId}")
    String course(CurrentUser user, @PathVariable CourseId courseId, Model model) {
        return coursePage(user, courseId, model);
    }

    @PostMapping("/courses/{courseId}/contract")
    String changeContract(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("contract") ContractForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return decide(clinician, courseId, errors, model, response, redirect, "course.contractChanged",
                () -> courses.changeContract(clinician, courseId, form.terms(), form.getVersion()));
    }

    @PostMapping("/courses/{courseId}/agreement")
    String agree(CurrentUser clinician, @PathVariable CourseId courseId,
            @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        LocalDate on = form.getDate() == null ? today(clinician) : form.getDate();
        return decide(clinician, courseId, errors, model, response, redirect, "course.contractAgreed",
                () -> courses.agreeContract(clinician, courseId, on, form.getVersion()));
    }

    @PostMapping("/courses/{courseId}/move")
    String move(CurrentUser clinician, @PathVariable CourseId courseId,
            @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PhaseTransition move = form.getMove();
        if (move == null) {
            throw new RuleViolation("phase.moveRequired");
        }
        return decide(clinician, courseId, errors, model, response, redirect, "course.moved",
                () -> courses.move(clinician, courseId, move, form.getDate() == null ? today(clinician) : form.getDate(),
                        form.getVersion()));
    }

    @PostMapping("/courses/{courseId}/move-anyway")
    String moveAnyway(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PhaseTransition move = form.getMove();
        if (move == null) {
            throw new RuleViolation("phase.moveRequired");
        }
        model.addAttribute("overrideReason", form.getReason());
        return decide(clinician, courseId, errors, model, response, redirect, "course.movedWithOverride",
                () -> courses.moveWithOverride(clinician, courseId, move, form.getReason(), form.getVersion()));
    }

    @GetMapping("/courses/{courseId}/exit")
    String exitForm(CurrentUser clinician, @PathVariable CourseId courseId, Model model) {
        CourseRecord record = coursePages.course(clinician, courseId);
        DecisionForm form = new DecisionForm();
        form.setMove(PhaseTransition.DROP_OUT);
        form.setDate(today(clinician));
        form.setVersion(record.course().version());
        model.addAttribute("record", record);
        model.addAttribute("decision", form);
        return "course/exit";
    }

    @PostMapping("/courses/{courseId}/exit")
    String exit(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return decideOnPage(clinician, courseId, errors, model, response, redirect, "course/exit", "course.exited",
                () -> courses.exit(clinician, courseId, form.getMove() == null ? PhaseTransition.DROP_OUT : form.getMove(),
                        form.getReason(), form.getDate() == null ? today(clinician) : form.getDate(), form.getVersion()));
    }

    @GetMapping("/courses/{courseId}/extension")
    String extensionForm(CurrentUser clinician, @PathVariable CourseId courseId, Model model) {
        CourseRecord record = coursePages.course(clinician, courseId);
        DecisionForm form = new DecisionForm();
        form.setNewTotal(record.course().contract().contractedSessions() + 1);
        form.setVersion(record.course().version());
        model.addAttribute("record", record);
        model.addAttribute("decision", form);
        return "course/extension";
    }

    @PostMapping("/courses/{courseId}/extension")
    String extend(CurrentUser clinician, @PathVariable CourseId courseId,
            @Validated @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return decideOnPage(clinician, courseId, errors, model, response, redirect, "course/extension",
                "course.extended", () -> courses.extend(clinician, courseId,
                        form.getNewTotal() == null ? 0 : form.getNewTotal(), form.getReason(), form.getVersion()));
    }

    private String decide(CurrentUser user, CourseId courseId, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect, String notice, Runnable decision) {
        if (!errors.hasErrors()) {
            try {
                decision.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/courses/" + courseId;
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
            catch (OptimisticLockingFailureException conflict) {
                errors.reject("error.conflict");
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("problems", errors);
                String page = coursePage(user, courseId, model);
                // keep the entry, now against the current version: saving it again is a deliberate choice
                if (model.getAttribute("contract") instanceof ContractForm entry
                        && model.getAttribute("record") instanceof CourseRecord record) {
                    entry.setVersion(record.course().version());
                }
                return page;
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", errors);
        return coursePage(user, courseId, model);
    }

    private String decideOnPage(CurrentUser user, CourseId courseId, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect, String page, String notice, Runnable decision) {
        if (!errors.hasErrors()) {
            try {
                decision.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/courses/" + courseId;
            }
            catch (RuleViolation violation) {
                FormSubmission.reject(errors, violation);
            }
            catch (OptimisticLockingFailureException conflict) {
                errors.reject("error.conflict");
            }
        }
        boolean conflict = errors.getGlobalErrors().stream().anyMatch(e -> "error.conflict".equals(e.getCode()));
        response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        CourseRecord record = coursePages.course(user, courseId);
        model.addAttribute("record", record);
        if (conflict && model.getAttribute("decision") instanceof DecisionForm entry) {
            // keep the entry, now against the current version: saving it again is a deliberate choice
            entry.setVersion(record.course().version());
        }
        return page;
    }

    private String coursePage(CurrentUser user, CourseId courseId, Model model) {
        CourseRecord record = coursePages.course(user, courseId);
        model.addAttribute("record", record);
        model.addAttribute("client", caseload.client(user, record.course().clientId()));
        if (!model.containsAttribute("contract")) {
            model.addAttribute("contract", ContractForm.of(record.course().protocol().id().toString(),
                    record.course().contract(), record.course().version()));
        }
        model.addAttribute("today", today(user));
        // Also when this page answers a refused or conflicting decision (a POST), the language picker returns here.
        model.addAttribute("currentPath", "/courses/" + courseId);
        return "course/course";
    }

    private String startPage(CurrentUser clinician, ClientId clientId, Model model) {
        model.addAttribute("client", caseload.client(clinician, clientId));
        model.addAttribute("protocols", protocols.activeProtocols(clinician));
        return "course/start";
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }

    static ProtocolId protocolId(String value) {
        try {
            return ProtocolId.of(value);
        }
        catch (IllegalArgumentException e) {
            throw new RuleViolation("course.protocol.required");
        }
    }
}
