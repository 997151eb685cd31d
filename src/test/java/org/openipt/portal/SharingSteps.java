package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openipt.course.CourseId;
import org.openipt.support.Pages;
import org.springframework.mock.web.MockHttpSession;

/** The clinician's sharing page as the portal's tests drive it. */
final class SharingSteps {

    private SharingSteps() {
    }

    /** The clinician shares exactly these parts of the course, from the version the page shows. */
    static void share(Pages pages, MockHttpSession clinician, CourseId course, SharedPart... parts) throws Exception {
        String page = pages.page(clinician, "/courses/" + course + "/sharing");
        List<String> fields = new ArrayList<>(List.of("version", field(page, "version")));
        for (SharedPart part : parts) {
            fields.addAll(List.of("parts", part.name()));
        }
        assertThat(pages.send(clinician, "/courses/" + course + "/sharing", fields.toArray(String[]::new))
                .getStatus()).isEqualTo(302);
    }

    /** The value of a form field on a page. */
    static String field(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
