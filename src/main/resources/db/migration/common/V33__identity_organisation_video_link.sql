-- The organisation's video meeting link (owned by identity): shown to a client beside their next session when it is
-- by video. One link for the organisation; none until an administrator sets it.
alter table organisation add column video_link varchar(500);
