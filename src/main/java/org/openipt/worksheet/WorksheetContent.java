package org.openipt.worksheet;

/** What a worksheet holds beyond its title and links; one record per kind of worksheet. */
public sealed interface WorksheetContent permits CommunicationAnalysis, DecisionAnalysis, RolePlay, WorkAtHomeTask {

    WorksheetType type();
}
