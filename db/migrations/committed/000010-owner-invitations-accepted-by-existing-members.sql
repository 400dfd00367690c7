--! Previous: sha1:97785396d68e1a76f4793e9f7aa07b637ea4ac60
--! Hash: sha1:0e70132ac0a9e2a31862fc51fcdb3839dccc0eb5
--! Message: owner invitations accepted by existing members

-- Tables: memberships, organization_invitations.
-- An existing member (e.g. an admin) accepting an owner's invitation to become
-- owner was refused: the owner-keeping trigger saw a non-owner granting
-- ownership. The accepted invitation is now the proof it accepts.

create or replace function app_private.tg_memberships__keep_an_owner() returns trigger
language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  organization uuid;
begin
  if old.role = 'owner' and (tg_op = 'DELETE' or new.role <> 'owner') then
    select o.id into organization from app_public.organizations o where o.id = old.organization_id for no key update;
    -- No row: the organization itself is being deleted, and its memberships
    -- with it: there is no owner to keep and no ownership to manage. (Before,
    -- an owner deleting an organization with two owners was refused: the
    -- cascade removed their own membership first, and then they were no
    -- longer an owner who may remove the other.)
    if organization is null then
      return case when tg_op = 'DELETE' then old else new end;
    end if;
    if not exists (
      select 1 from app_public.memberships m
       where m.organization_id = old.organization_id and m.role = 'owner' and m.id <> old.id
    ) then
      raise exception 'An organization must keep at least one owner.' using errcode = 'OWNER';
    end if;
  end if;
  -- Only owners may grant or take away ownership (anyone may leave).
  if (old.role = 'owner' or (tg_op = 'UPDATE' and new.role = 'owner'))
     and app_public.current_profile_id() is not null
     and not app_private.has_org_role(old.organization_id, '{owner}')
     and not (tg_op = 'DELETE' and old.profile_id = app_public.current_profile_id())
     -- An owner's invitation accepted in this transaction by this member
     -- (accept_invitation checked that its inviter is still an owner).
     and not (tg_op = 'UPDATE' and new.role = 'owner' and exists (
       select 1 from app_public.organization_invitations i
        where i.organization_id = new.organization_id and i.accepted_by = new.profile_id
          and i.role = 'owner' and i.accepted_at = now())) then
    raise exception 'Only owners can manage owners.' using errcode = 'DNIED';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
comment on function app_private.tg_memberships__keep_an_owner() is
  'Keeps at least one owner per organization (OWNER), also under concurrent removals: removing or demoting an owner locks the organization row first. Only owners manage owners (DNIED); a member raised to owner by an owner''s invitation accepted in the same transaction is an owner''s act.';

create or replace function app_public.accept_invitation(token text) returns app_public.memberships
language plpgsql volatile strict security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  me uuid := app_public.current_profile_id();
  my_profile app_public.profiles;
  invitation app_public.organization_invitations;
  inviter_role text;
  existing app_public.memberships;
  membership app_public.memberships;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select i.* into invitation
    from app_private.invitation_tokens t
    join app_public.organization_invitations i on i.id = t.invitation_id
   where t.token_hash = encode(digest(accept_invitation.token, 'sha256'), 'hex');
  if invitation.id is null then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  -- Lock the inviter's membership before the invitation, the order in which a
  -- demotion locks them (row, then its trigger's invitations), so the two
  -- serialise without deadlock and the check below sees the committed role.
  select m.role into inviter_role from app_public.memberships m
   where m.organization_id = invitation.organization_id and m.profile_id = invitation.invited_by
   for share;
  select i.* into invitation from app_public.organization_invitations i where i.id = invitation.id for update;
  if app_public.organization_invitations_status(invitation) <> 'pending' then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  select p.* into my_profile from app_public.profiles p where p.id = me;
  if my_profile.email_verified_at is null then
    raise exception 'Confirm your email address before accepting an invitation.' using errcode = 'UNVER';
  end if;
  if my_profile.email <> invitation.email then
    raise exception 'This invitation was sent to another email address.' using errcode = 'DNIED';
  end if;
  if inviter_role is null or not app_private.can_grant_role(inviter_role, invitation.role) then
    raise exception 'That invitation is no longer valid: whoever sent it may no longer grant its role.' using errcode = 'NTFND';
  end if;

  select m.* into existing from app_public.memberships m
   where m.organization_id = invitation.organization_id and m.profile_id = me for update;
  -- A member is marked as the acceptor before their role changes: the
  -- owner-keeping trigger reads it as the proof that an owner invited them
  -- (a newcomer is marked after joining, as a reference to a person must be
  -- a member).
  if existing.id is not null then
    update app_public.organization_invitations set accepted_at = now(), accepted_by = me where id = invitation.id;
  end if;
  if existing.id is null then
    insert into app_public.memberships (organization_id, profile_id, role)
      values (invitation.organization_id, me, invitation.role)
      returning * into membership;
  elsif app_private.role_rank(existing.role) > app_private.role_rank(invitation.role) then
    -- An invitation never lowers a role.
    membership := existing;
  else
    update app_public.memberships set role = invitation.role where id = existing.id returning * into membership;
  end if;
  if existing.id is null then
    update app_public.organization_invitations set accepted_at = now(), accepted_by = me where id = invitation.id;
  end if;
  delete from app_private.invitation_tokens where invitation_id = invitation.id;
  return membership;
end;
$$;
