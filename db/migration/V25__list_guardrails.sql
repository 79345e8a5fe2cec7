-- Guardrails on a list's approval: a mentor's concern stays open until its author resolves it, and an advisor who
-- approves a version while concerns are still open writes down why; the reason stays with the version.

alter table ranked_annotation add column resolved_at timestamptz;
alter table ranked_annotation add constraint ranked_annotation_only_concerns_resolve
    check (resolved_at is null or kind = 'CONCERN');

alter table ranked_list add column approval_override text
    check (length(trim(approval_override)) between 1 and 500);
