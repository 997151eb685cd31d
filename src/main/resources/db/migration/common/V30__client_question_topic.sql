-- What a client's note for the next session is about (owned by course): a question of their own, or a change they
-- suggest to the people of their closeness circle ("My people").
alter table client_question add column topic varchar(20) default 'NEXT_SESSION' not null;
