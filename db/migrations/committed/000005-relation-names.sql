--! Previous: sha1:2f110c30d6f292dcdd12972c7c4b790b74200b5d
--! Hash: sha1:5c30fbb720225e71bf96ca297442e6447ec5404c
--! Message: relation names

-- Composite foreign keys (parent_id, organization_id) keep tenants consistent,
-- but PostGraphile would name their relations after both columns
-- (eventOrganization, looksByEventIdAndOrganizationId). These smart tags give
-- them the names of the single-column key they stand for.
comment on constraint agent_runs_event_id_organization_id_fkey on app_public.agent_runs is '@fieldName event
@foreignFieldName agentRuns';
comment on constraint bookings_event_id_organization_id_fkey on app_public.bookings is '@fieldName event
@foreignFieldName bookings';
comment on constraint bookings_tier_id_organization_id_fkey on app_public.bookings is '@fieldName tier
@foreignFieldName bookings';
comment on constraint casting_briefs_event_id_organization_id_fkey on app_public.casting_briefs is '@fieldName event
@foreignFieldName castingBriefs';
comment on constraint event_designers_designer_id_organization_id_fkey on app_public.event_designers is '@fieldName designer
@foreignFieldName eventDesigners';
comment on constraint event_designers_event_id_organization_id_fkey on app_public.event_designers is '@fieldName event
@foreignFieldName eventDesigners';
comment on constraint events_venue_id_organization_id_fkey on app_public.events is '@fieldName venue
@foreignFieldName events';
comment on constraint looks_designer_id_organization_id_fkey on app_public.looks is '@fieldName designer
@foreignFieldName looks';
comment on constraint looks_event_id_organization_id_fkey on app_public.looks is '@fieldName event
@foreignFieldName looks';
comment on constraint model_castings_agent_run_id_organization_id_fkey on app_public.model_castings is '@fieldName agentRun
@foreignFieldName modelCastings';
comment on constraint model_castings_brief_id_organization_id_fkey on app_public.model_castings is '@fieldName brief
@foreignFieldName modelCastings';
comment on constraint model_castings_event_id_organization_id_fkey on app_public.model_castings is '@fieldName event
@foreignFieldName modelCastings';
comment on constraint model_castings_talent_id_organization_id_fkey on app_public.model_castings is '@fieldName talent
@foreignFieldName modelCastings';
comment on constraint runway_schedules_agent_run_id_organization_id_fkey on app_public.runway_schedules is '@fieldName agentRun
@foreignFieldName runwaySchedules';
comment on constraint runway_schedules_event_id_organization_id_fkey on app_public.runway_schedules is '@fieldName event
@foreignFieldName runwaySchedules';
comment on constraint runway_slots_look_id_organization_id_fkey on app_public.runway_slots is '@fieldName look
@foreignFieldName runwaySlots';
comment on constraint runway_slots_schedule_id_organization_id_fkey on app_public.runway_slots is '@fieldName schedule
@foreignFieldName runwaySlots';
comment on constraint runway_slots_talent_id_organization_id_fkey on app_public.runway_slots is '@fieldName talent
@foreignFieldName runwaySlots';
comment on constraint sponsors_event_id_organization_id_fkey on app_public.sponsors is '@fieldName event
@foreignFieldName sponsors';
comment on constraint talent_availability_talent_id_organization_id_fkey on app_public.talent_availability is '@fieldName talent
@foreignFieldName talentAvailability';
comment on constraint talent_contacts_talent_id_organization_id_fkey on app_public.talent_contacts is '@fieldName talent
@foreignFieldName talentContacts
@foreignSingleFieldName contact';
comment on constraint ticket_tiers_event_id_organization_id_fkey on app_public.ticket_tiers is '@fieldName event
@foreignFieldName ticketTiers';
comment on constraint vendor_recommendations_agent_run_id_organization_id_fkey on app_public.vendor_recommendations is '@fieldName agentRun
@foreignFieldName vendorRecommendations';
comment on constraint vendor_recommendations_event_id_organization_id_fkey on app_public.vendor_recommendations is '@fieldName event
@foreignFieldName vendorRecommendations';
comment on constraint vendor_recommendations_vendor_id_organization_id_fkey on app_public.vendor_recommendations is '@fieldName vendor
@foreignFieldName vendorRecommendations';
