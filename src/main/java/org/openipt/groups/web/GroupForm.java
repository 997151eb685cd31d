package org.openipt.groups.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.groups.Group;
import org.openipt.groups.GroupSettings;
import org.openipt.groups.MeetingMode;
import org.openipt.groups.Sex;
import org.openipt.identity.UserId;
import org.openipt.protocol.ProtocolId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A group's settings as the form carries them; a missing choice is named beside its field. */
public class GroupForm {

    private String name = "";
    private @Nullable UUID protocol;
    private @Nullable UUID facilitator;
    private @Nullable UUID coFacilitator;
    private @Nullable UUID supervisor;
    private MeetingMode mode = MeetingMode.SITE;
    private @Nullable String site;
    private @Nullable DayOfWeek day;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private @Nullable LocalTime time;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startsOn;
    private @Nullable Integer minMembers;
    private @Nullable Integer maxMembers;
    private @Nullable Sex singleSex;
    private @Nullable Integer youngestAge;
    private @Nullable Integer oldestAge;
    private String checkInInstrument = "phq-9";
    private long version;

    static GroupForm of(Group group) {
        GroupSettings s = group.settings();
        GroupForm form = new GroupForm();
        form.name = s.name();
        form.protocol = s.protocolId().value();
        form.facilitator = s.facilitator().value();
        form.coFacilitator = s.coFacilitator() == null ? null : s.coFacilitator().value();
        form.supervisor = s.supervisor().value();
        form.mode = s.mode();
        form.site = s.site();
        form.day = s.day();
        form.time = s.time();
        form.startsOn = s.startsOn();
        form.minMembers = s.minMembers();
        form.maxMembers = s.maxMembers();
        form.singleSex = s.singleSex();
        form.youngestAge = s.youngestAge();
        form.oldestAge = s.oldestAge();
        form.checkInInstrument = s.checkInInstrument();
        form.version = group.version();
        return form;
    }

    /** The settings, or null with every missing field named on {@code errors}. */
    @Nullable
    GroupSettings settings(BindingResult errors) {
        require(errors, "protocol", protocol, "group.format.required");
        require(errors, "facilitator", facilitator, "group.facilitator.required");
        require(errors, "supervisor", supervisor, "group.supervisor.required");
        require(errors, "day", day, "group.day.required");
        require(errors, "time", time, "group.time.required");
        require(errors, "startsOn", startsOn, "group.startsOn.required");
        require(errors, "minMembers", minMembers, "group.size.required");
        require(errors, "maxMembers", maxMembers, "group.size.required");
        if (errors.hasErrors() || protocol == null || facilitator == null || supervisor == null || day == null
                || time == null || startsOn == null || minMembers == null || maxMembers == null) {
            return null;
        }
        return new GroupSettings(name, new ProtocolId(protocol), new UserId(facilitator),
                coFacilitator == null ? null : new UserId(coFacilitator), new UserId(supervisor), mode, site, day, time,
                startsOn, minMembers, maxMembers, singleSex, youngestAge, oldestAge, checkInInstrument);
    }

    private static void require(BindingResult errors, String field, @Nullable Object value, String key) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable UUID getProtocol() { return protocol; }
    public void setProtocol(@Nullable UUID protocol) { this.protocol = protocol; }
    public @Nullable UUID getFacilitator() { return facilitator; }
    public void setFacilitator(@Nullable UUID facilitator) { this.facilitator = facilitator; }
    public @Nullable UUID getCoFacilitator() { return coFacilitator; }
    public void setCoFacilitator(@Nullable UUID coFacilitator) { this.coFacilitator = coFacilitator; }
    public @Nullable UUID getSupervisor() { return supervisor; }
    public void setSupervisor(@Nullable UUID supervisor) { this.supervisor = supervisor; }
    public MeetingMode getMode() { return mode; }
    public void setMode(MeetingMode mode) { this.mode = mode; }
    public @Nullable String getSite() { return site; }
    public void setSite(@Nullable String site) { this.site = site; }
    public @Nullable DayOfWeek getDay() { return day; }
    public void setDay(@Nullable DayOfWeek day) { this.day = day; }
    public @Nullable LocalTime getTime() { return time; }
    public void setTime(@Nullable LocalTime time) { this.time = time; }
    public @Nullable LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
    public @Nullable Integer getMinMembers() { return minMembers; }
    public void setMinMembers(@Nullable Integer minMembers) { this.minMembers = minMembers; }
    public @Nullable Integer getMaxMembers() { return maxMembers; }
    public void setMaxMembers(@Nullable Integer maxMembers) { this.maxMembers = maxMembers; }
    public @Nullable Sex getSingleSex() { return singleSex; }
    public void setSingleSex(@Nullable Sex singleSex) { this.singleSex = singleSex; }
    public @Nullable Integer getYoungestAge() { return youngestAge; }
    public void setYoungestAge(@Nullable Integer youngestAge) { this.youngestAge = youngestAge; }
    public @Nullable Integer getOldestAge() { return oldestAge; }
    public void setOldestAge(@Nullable Integer oldestAge) { this.oldestAge = oldestAge; }
    public String getCheckInInstrument() { return checkInInstrument; }
    public void setCheckInInstrument(String checkInInstrument) { this.checkInInstrument = checkInInstrument; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
