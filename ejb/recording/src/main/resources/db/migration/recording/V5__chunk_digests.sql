-- The SHA-256 of every stored chunk of a recording session (REC-3): a chunk sent again under an
-- index already taken is acknowledged only when its content is the same. No audio, only digests.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

create table recording_chunk (
    session_id  varchar(36) not null,
    chunk_index integer     not null,
    sha256      varchar(64) not null,
    constraint pk_recording_chunk primary key (session_id, chunk_index),
    constraint fk_recording_chunk_session foreign key (session_id) references recording_session (id),
    constraint ck_recording_chunk_index check (chunk_index >= 0)
);
