package org.openipt.reporting.web;

import java.util.Locale;

import org.openipt.course.CourseId;
import org.openipt.identity.CurrentUser;
import org.openipt.reporting.DischargeSummaryNotReady;
import org.openipt.reporting.DischargeSummaryPdf;
import org.openipt.reporting.DischargeSummaryService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The discharge summary of a course as a PDF download; before the termination review, a page that says why not. */
@Controller
class DischargeSummaryController {

    private final DischargeSummaryService summaries;

    DischargeSummaryController(DischargeSummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/courses/{courseId}/discharge-summary")
    ResponseEntity<byte[]> dischargeSummary(CurrentUser user, @PathVariable CourseId courseId, Locale locale) {
        DischargeSummaryPdf pdf = summaries.pdf(user, courseId, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .cacheControl(CacheControl.noStore()).body(pdf.content());
    }

    /** Before the termination review: 409 with a page that says what is missing and links to the review. */
    @ExceptionHandler(DischargeSummaryNotReady.class)
    ModelAndView notReady(DischargeSummaryNotReady notReady) {
        ModelAndView page = new ModelAndView("reporting/not-ready", HttpStatus.CONFLICT);
        page.addObject("courseId", notReady.courseId());
        return page;
    }
}
