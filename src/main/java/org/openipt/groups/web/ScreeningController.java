package org.openipt.groups.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.groups.Group;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupService;
import org.openipt.groups.ScreeningEntry;
import org.openipt.groups.ScreeningLine;
import org.openipt.groups.ScreeningService;
import org.openipt.groups.ScreeningSheet;
import org.openipt.groups.Sex;
import org.openipt.identity.CurrentUser;
import org.openipt.protocol.ProtocolId;
import org.openipt.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Screening days: starting one, screening one person a screen (a plain form; with JavaScript the page swaps its
 * part in place), uploading a sheet (every line checked and shown before anything is saved), and putting the
 * eligible into a group.
 */
@Controller
class ScreeningController {

    private final ScreeningService screening;
    private final GroupService groups;
    private final java.time.Clock clock;

    ScreeningController(ScreeningService screening, GroupService groups, java.time.Clock clock) {
        this.screening = screening;
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/screening")
    String days(CurrentUser user, Model model) {
        model.addAttribute("days", screening.days(user));
        model.addAttribute("choices", groups.choices(user));
        model.addAttribute("today", LocalDate.now(clock.withZone(user.timeZone())));
        return "groups/screening-days";
    }

    @PostMapping("/screening")
    String start(CurrentUser user, @RequestParam(required = false) @Nullable UUID format,
            @RequestParam(required = false) @Nullable String site,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @RequestParam(required = false) @Nullable String instrument,
            @RequestParam(required = false) @Nullable Integer eligibleFrom, Model model,
            HttpServletResponse response) {
        try {
            UUID day = screening.startDay(user, format == null ? null : new ProtocolId(format), site, heldOn,
                    instrument, eligibleFrom);
            return "redirect:/screening/" + day;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            return days(user, model);
        }
    }

    @GetMapping("/screening/{screeningDayId}")
    String day(CurrentUser user, @PathVariable UUID screeningDayId, Model model) {
        return dayPage(user, screeningDayId, model);
    }

    @PostMapping("/screening/{screeningDayId}/people")
    String screen(CurrentUser user, @PathVariable UUID screeningDayId, @RequestParam UUID submissionKey,
            @RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String site,
            @RequestParam(required = false) @Nullable Sex sex, @RequestParam(required = false) @Nullable Integer age,
            HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ScreeningLine line = screening.screen(user, screeningDayId, new ScreeningEntry(submissionKey, name, site,
                    sex, age, FormAnswers.from(request.getParameterMap())));
            redirect.addFlashAttribute("screened", line);
            return "redirect:/screening/" + screeningDayId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            model.addAttribute("kept", new ScreeningEntry(submissionKey, name, site, sex, age,
                    FormAnswers.from(request.getParameterMap())));
            return dayPage(user, screeningDayId, model);
        }
    }

    @PostMapping("/screening/{screeningDayId}/sheet")
    String checkSheet(CurrentUser user, @PathVariable UUID screeningDayId,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        model.addAttribute("read", screening.check(user, screeningDayId, csv));
        model.addAttribute("csv", csv);
        return dayPage(user, screeningDayId, model);
    }

    @PostMapping("/screening/{screeningDayId}/sheet/save")
    String saveSheet(CurrentUser user, @PathVariable UUID screeningDayId, @RequestParam(defaultValue = "") String csv,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("sheetSaved", screening.screenSheet(user, screeningDayId, csv));
            return "redirect:/screening/" + screeningDayId;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            return dayPage(user, screeningDayId, model);
        }
    }

    @PostMapping("/screening/{screeningDayId}/groups")
    String addToGroup(CurrentUser user, @PathVariable UUID screeningDayId,
            @RequestParam(required = false) @Nullable UUID group,
            @RequestParam(required = false) @Nullable Set<UUID> people, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (group == null) {
                throw new RuleViolation("group.move.targetRequired");
            }
            int added = screening.addToGroup(user, screeningDayId, new GroupId(group),
                    people == null ? Set.of() : people);
            redirect.addFlashAttribute("joinedGroup", added);
            return "redirect:/groups/" + group;
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", violation.messageKeys());
            return dayPage(user, screeningDayId, model);
        }
    }

    private String dayPage(CurrentUser user, UUID dayId, Model model) {
        var page = screening.page(user, dayId);
        model.addAttribute("page", page);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("emptyAnswers", Map.of());
        model.addAttribute("submissionKey", UUID.randomUUID());
        model.addAttribute("year", LocalDate.now(clock.withZone(user.timeZone())).getYear());
        model.addAttribute("suggestions", page.groups().stream().map(g -> new Suggestion(g,
                ScreeningService.suggestedFor(g, groups.activeCount(g.id()), page.waiting(),
                        page.day().heldOn().getYear()))).toList());
        return "groups/screening-day";
    }

    /** A group the waiting eligible could join, with those its site and composition suggest ticked. */
    record Suggestion(Group group, List<ScreeningLine> suggested) {

        public boolean suggests(ScreeningLine line) {
            return suggested.contains(line);
        }
    }
}
