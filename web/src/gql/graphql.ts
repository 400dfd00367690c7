/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A filter to be used against aggregates of `AgentRun` object types. */
export type AgentRunAggregatesFilter = {
  /** Distinct count aggregate over matching `AgentRun` objects. */
  distinctCount?: AgentRunDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `AgentRun` object to be included within the aggregate. */
  filter?: AgentRunFilter | null | undefined;
};

export type AgentRunDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  requestedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `AgentRun` object types. All fields are combined with a logical ‘and.’ */
export type AgentRunFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<AgentRunFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `emailDrafts` relation. */
  emailDrafts?: AgentRunToManyEmailDraftFilter | null | undefined;
  /** Some related `emailDrafts` exist. */
  emailDraftsExist?: boolean | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** A related `event` exists. */
  eventExists?: boolean | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `modelCastings` relation. */
  modelCastings?: AgentRunToManyModelCastingFilter | null | undefined;
  /** Some related `modelCastings` exist. */
  modelCastingsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: AgentRunFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AgentRunFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** A related `profile` exists. */
  profileExists?: boolean | null | undefined;
  /** Filter by the object’s `requestedBy` field. */
  requestedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `runwaySchedules` relation. */
  runwaySchedules?: AgentRunToManyRunwayScheduleFilter | null | undefined;
  /** Some related `runwaySchedules` exist. */
  runwaySchedulesExist?: boolean | null | undefined;
  /** Filter by the object’s `summarisedHealthReports` relation. */
  summarisedHealthReports?: AgentRunToManyEventHealthReportFilter | null | undefined;
  /** Some related `summarisedHealthReports` exist. */
  summarisedHealthReportsExist?: boolean | null | undefined;
  /** Filter by the object’s `vendorRecommendations` relation. */
  vendorRecommendations?: AgentRunToManyVendorRecommendationFilter | null | undefined;
  /** Some related `vendorRecommendations` exist. */
  vendorRecommendationsExist?: boolean | null | undefined;
};

/** A filter to be used against many `EmailDraft` object types. All fields are combined with a logical ‘and.’ */
export type AgentRunToManyEmailDraftFilter = {
  /** Aggregates across related `EmailDraft` match the filter criteria. */
  aggregates?: EmailDraftAggregatesFilter | null | undefined;
  /** Every related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmailDraftFilter | null | undefined;
  /** No related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmailDraftFilter | null | undefined;
  /** Some related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmailDraftFilter | null | undefined;
};

/** A filter to be used against many `EventHealthReport` object types. All fields are combined with a logical ‘and.’ */
export type AgentRunToManyEventHealthReportFilter = {
  /** Aggregates across related `EventHealthReport` match the filter criteria. */
  aggregates?: EventHealthReportAggregatesFilter | null | undefined;
  /** Every related `EventHealthReport` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventHealthReportFilter | null | undefined;
  /** No related `EventHealthReport` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventHealthReportFilter | null | undefined;
  /** Some related `EventHealthReport` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventHealthReportFilter | null | undefined;
};

/** A filter to be used against many `ModelCasting` object types. All fields are combined with a logical ‘and.’ */
export type AgentRunToManyModelCastingFilter = {
  /** Aggregates across related `ModelCasting` match the filter criteria. */
  aggregates?: ModelCastingAggregatesFilter | null | undefined;
  /** Every related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ModelCastingFilter | null | undefined;
  /** No related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ModelCastingFilter | null | undefined;
  /** Some related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ModelCastingFilter | null | undefined;
};

/** A filter to be used against many `RunwaySchedule` object types. All fields are combined with a logical ‘and.’ */
export type AgentRunToManyRunwayScheduleFilter = {
  /** Aggregates across related `RunwaySchedule` match the filter criteria. */
  aggregates?: RunwayScheduleAggregatesFilter | null | undefined;
  /** Every related `RunwaySchedule` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: RunwayScheduleFilter | null | undefined;
  /** No related `RunwaySchedule` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: RunwayScheduleFilter | null | undefined;
  /** Some related `RunwaySchedule` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: RunwayScheduleFilter | null | undefined;
};

/** A filter to be used against many `VendorRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type AgentRunToManyVendorRecommendationFilter = {
  /** Aggregates across related `VendorRecommendation` match the filter criteria. */
  aggregates?: VendorRecommendationAggregatesFilter | null | undefined;
  /** Every related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VendorRecommendationFilter | null | undefined;
  /** No related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VendorRecommendationFilter | null | undefined;
  /** Some related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VendorRecommendationFilter | null | undefined;
};

/** A filter to be used against BigFloat fields. All fields are combined with a logical ‘and.’ */
export type BigFloatFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against BigInt fields. All fields are combined with a logical ‘and.’ */
export type BigIntFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against aggregates of `Booking` object types. */
export type BookingAggregatesFilter = {
  /** Mean average aggregate over matching `Booking` objects. */
  average?: BookingAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Booking` objects. */
  distinctCount?: BookingDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Booking` object to be included within the aggregate. */
  filter?: BookingFilter | null | undefined;
  /** Maximum aggregate over matching `Booking` objects. */
  max?: BookingMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Booking` objects. */
  min?: BookingMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Booking` objects. */
  stddevPopulation?: BookingStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Booking` objects. */
  stddevSample?: BookingStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Booking` objects. */
  sum?: BookingSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Booking` objects. */
  variancePopulation?: BookingVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Booking` objects. */
  varianceSample?: BookingVarianceSampleAggregateFilter | null | undefined;
};

export type BookingAverageAggregateFilter = {
  quantity?: BigFloatFilter | null | undefined;
};

export type BookingDistinctCountAggregateFilter = {
  closedBy?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  currentStatus?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  quantity?: BigIntFilter | null | undefined;
  reference?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  tierId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Booking` object types. All fields are combined with a logical ‘and.’ */
export type BookingFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<BookingFilter> | null | undefined;
  /** Filter by the object’s `closedBy` field. */
  closedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `closer` relation. */
  closer?: ProfileFilter | null | undefined;
  /** A related `closer` exists. */
  closerExists?: boolean | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `currentStatus` field. */
  currentStatus?: StringFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: BookingFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<BookingFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: BookingToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `payments` relation. */
  payments?: BookingToManyPaymentFilter | null | undefined;
  /** Some related `payments` exist. */
  paymentsExist?: boolean | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** A related `profile` exists. */
  profileExists?: boolean | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `quantity` field. */
  quantity?: IntFilter | null | undefined;
  /** Filter by the object’s `reference` field. */
  reference?: StringFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `tickets` relation. */
  tickets?: BookingToManyTicketFilter | null | undefined;
  /** Some related `tickets` exist. */
  ticketsExist?: boolean | null | undefined;
  /** Filter by the object’s `tier` relation. */
  tier?: TicketTierFilter | null | undefined;
  /** Filter by the object’s `tierId` field. */
  tierId?: UuidFilter | null | undefined;
};

export type BookingMaxAggregateFilter = {
  quantity?: IntFilter | null | undefined;
};

export type BookingMinAggregateFilter = {
  quantity?: IntFilter | null | undefined;
};

export type BookingStddevPopulationAggregateFilter = {
  quantity?: BigFloatFilter | null | undefined;
};

export type BookingStddevSampleAggregateFilter = {
  quantity?: BigFloatFilter | null | undefined;
};

export type BookingSumAggregateFilter = {
  quantity?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type BookingToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against many `Payment` object types. All fields are combined with a logical ‘and.’ */
export type BookingToManyPaymentFilter = {
  /** Aggregates across related `Payment` match the filter criteria. */
  aggregates?: PaymentAggregatesFilter | null | undefined;
  /** Every related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PaymentFilter | null | undefined;
  /** No related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PaymentFilter | null | undefined;
  /** Some related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PaymentFilter | null | undefined;
};

/** A filter to be used against many `Ticket` object types. All fields are combined with a logical ‘and.’ */
export type BookingToManyTicketFilter = {
  /** Aggregates across related `Ticket` match the filter criteria. */
  aggregates?: TicketAggregatesFilter | null | undefined;
  /** Every related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketFilter | null | undefined;
  /** No related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketFilter | null | undefined;
  /** Some related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketFilter | null | undefined;
};

export type BookingVariancePopulationAggregateFilter = {
  quantity?: BigFloatFilter | null | undefined;
};

export type BookingVarianceSampleAggregateFilter = {
  quantity?: BigFloatFilter | null | undefined;
};

/** A filter to be used against Boolean fields. All fields are combined with a logical ‘and.’ */
export type BooleanFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: boolean | null | undefined;
  /** Equal to the specified value. */
  equalTo?: boolean | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: boolean | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: boolean | null | undefined;
  /** Included in the specified list. */
  in?: Array<boolean> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: boolean | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: boolean | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: boolean | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: boolean | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<boolean> | null | undefined;
};

/** A filter to be used against aggregates of `CastingBrief` object types. */
export type CastingBriefAggregatesFilter = {
  /** Distinct count aggregate over matching `CastingBrief` objects. */
  distinctCount?: CastingBriefDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `CastingBrief` object to be included within the aggregate. */
  filter?: CastingBriefFilter | null | undefined;
};

export type CastingBriefDistinctCountAggregateFilter = {
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `CastingBrief` object types. All fields are combined with a logical ‘and.’ */
export type CastingBriefFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<CastingBriefFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `modelCastings` relation. */
  modelCastings?: CastingBriefToManyModelCastingFilter | null | undefined;
  /** Some related `modelCastings` exist. */
  modelCastingsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: CastingBriefFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<CastingBriefFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `CastingBrief` */
export type CastingBriefInput = {
  /** Cities to cast from (empty: any; at most 50); people willing to travel also qualify. */
  cities?: Array<string | null | undefined> | null | undefined;
  /** Boards to cast from (empty: any). */
  divisions?: Array<string | null | undefined> | null | undefined;
  /** The event being cast. */
  eventId: string;
  /** Maximum height in centimetres. */
  heightMaxCm?: number | null | undefined;
  /** Minimum height in centimetres. */
  heightMinCm?: number | null | undefined;
  /** How many models to cast. */
  modelsNeeded: number;
  /** Creative direction for the casting. */
  notes?: string | null | undefined;
  /** Short name, e.g. "Pasarela principal". */
  title?: string | null | undefined;
};

/** Represents an update to a `CastingBrief`. Fields that are set will be updated. */
export type CastingBriefPatch = {
  /** Cities to cast from (empty: any; at most 50); people willing to travel also qualify. */
  cities?: Array<string | null | undefined> | null | undefined;
  /** Boards to cast from (empty: any). */
  divisions?: Array<string | null | undefined> | null | undefined;
  /** Maximum height in centimetres. */
  heightMaxCm?: number | null | undefined;
  /** Minimum height in centimetres. */
  heightMinCm?: number | null | undefined;
  /** How many models to cast. */
  modelsNeeded?: number | null | undefined;
  /** Creative direction for the casting. */
  notes?: string | null | undefined;
  /** Short name, e.g. "Pasarela principal". */
  title?: string | null | undefined;
};

/** A filter to be used against many `ModelCasting` object types. All fields are combined with a logical ‘and.’ */
export type CastingBriefToManyModelCastingFilter = {
  /** Aggregates across related `ModelCasting` match the filter criteria. */
  aggregates?: ModelCastingAggregatesFilter | null | undefined;
  /** Every related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ModelCastingFilter | null | undefined;
  /** No related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ModelCastingFilter | null | undefined;
  /** Some related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ModelCastingFilter | null | undefined;
};

/** A filter to be used against aggregates of `CommunicationOptOut` object types. */
export type CommunicationOptOutAggregatesFilter = {
  /** Distinct count aggregate over matching `CommunicationOptOut` objects. */
  distinctCount?: CommunicationOptOutDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `CommunicationOptOut` object to be included within the aggregate. */
  filter?: CommunicationOptOutFilter | null | undefined;
};

export type CommunicationOptOutDistinctCountAggregateFilter = {
  channel?: BigIntFilter | null | undefined;
  messageId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  recipientId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `CommunicationOptOut` object types. All fields are combined with a logical ‘and.’ */
export type CommunicationOptOutFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<CommunicationOptOutFilter> | null | undefined;
  /** Filter by the object’s `channel` field. */
  channel?: StringFilter | null | undefined;
  /** Filter by the object’s `message` relation. */
  message?: OutboundMessageFilter | null | undefined;
  /** A related `message` exists. */
  messageExists?: boolean | null | undefined;
  /** Filter by the object’s `messageId` field. */
  messageId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: CommunicationOptOutFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<CommunicationOptOutFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `recipientId` field. */
  recipientId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** A related `talent` exists. */
  talentExists?: boolean | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
};

/** A filter to be used against Date fields. All fields are combined with a logical ‘and.’ */
export type DateFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against Datetime fields. All fields are combined with a logical ‘and.’ */
export type DatetimeFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** The value at one end of a range. A range can either include this value, or not. */
export type DatetimeRangeBoundInput = {
  /** Whether or not the value of this bound is included in the range. */
  inclusive: boolean;
  /** The value at one end of our range. */
  value: string;
};

/** A filter to be used against DatetimeRange fields. All fields are combined with a logical ‘and.’ */
export type DatetimeRangeFilter = {
  /** Adjacent to the specified range. */
  adjacentTo?: DatetimeRangeInput | null | undefined;
  /** Contained by the specified range. */
  containedBy?: DatetimeRangeInput | null | undefined;
  /** Contains the specified range. */
  contains?: DatetimeRangeInput | null | undefined;
  /** Contains the specified value. */
  containsElement?: string | null | undefined;
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: DatetimeRangeInput | null | undefined;
  /** Equal to the specified value. */
  equalTo?: DatetimeRangeInput | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: DatetimeRangeInput | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: DatetimeRangeInput | null | undefined;
  /** Included in the specified list. */
  in?: Array<DatetimeRangeInput> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: DatetimeRangeInput | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: DatetimeRangeInput | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: DatetimeRangeInput | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: DatetimeRangeInput | null | undefined;
  /** Does not extend left of the specified range. */
  notExtendsLeftOf?: DatetimeRangeInput | null | undefined;
  /** Does not extend right of the specified range. */
  notExtendsRightOf?: DatetimeRangeInput | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<DatetimeRangeInput> | null | undefined;
  /** Overlaps the specified range. */
  overlaps?: DatetimeRangeInput | null | undefined;
  /** Strictly left of the specified range. */
  strictlyLeftOf?: DatetimeRangeInput | null | undefined;
  /** Strictly right of the specified range. */
  strictlyRightOf?: DatetimeRangeInput | null | undefined;
};

/** A range of `Datetime`. */
export type DatetimeRangeInput = {
  /** The ending bound of our range. */
  end?: DatetimeRangeBoundInput | null | undefined;
  /** The starting bound of our range. */
  start?: DatetimeRangeBoundInput | null | undefined;
};

/** A filter to be used against aggregates of `Designer` object types. */
export type DesignerAggregatesFilter = {
  /** Distinct count aggregate over matching `Designer` objects. */
  distinctCount?: DesignerDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Designer` object to be included within the aggregate. */
  filter?: DesignerFilter | null | undefined;
};

export type DesignerDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Designer` object types. All fields are combined with a logical ‘and.’ */
export type DesignerFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<DesignerFilter> | null | undefined;
  /** Filter by the object’s `eventDesigners` relation. */
  eventDesigners?: DesignerToManyEventDesignerFilter | null | undefined;
  /** Some related `eventDesigners` exist. */
  eventDesignersExist?: boolean | null | undefined;
  /** Filter by the object’s `looks` relation. */
  looks?: DesignerToManyLookFilter | null | undefined;
  /** Some related `looks` exist. */
  looksExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: DesignerFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<DesignerFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `Designer` */
export type DesignerInput = {
  /** Short public biography. */
  bio?: string | null | undefined;
  /** Brand or label. */
  brand?: string | null | undefined;
  /** Home city. */
  city?: string | null | undefined;
  /** Instagram handle. */
  instagram?: string | null | undefined;
  /** Designer name. */
  name: string;
  /** Organization that keeps this designer record. */
  organizationId: string;
  /** Website URL. */
  website?: string | null | undefined;
};

/** A filter to be used against many `EventDesigner` object types. All fields are combined with a logical ‘and.’ */
export type DesignerToManyEventDesignerFilter = {
  /** Aggregates across related `EventDesigner` match the filter criteria. */
  aggregates?: EventDesignerAggregatesFilter | null | undefined;
  /** Every related `EventDesigner` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventDesignerFilter | null | undefined;
  /** No related `EventDesigner` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventDesignerFilter | null | undefined;
  /** Some related `EventDesigner` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventDesignerFilter | null | undefined;
};

/** A filter to be used against many `Look` object types. All fields are combined with a logical ‘and.’ */
export type DesignerToManyLookFilter = {
  /** Aggregates across related `Look` match the filter criteria. */
  aggregates?: LookAggregatesFilter | null | undefined;
  /** Every related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LookFilter | null | undefined;
  /** No related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LookFilter | null | undefined;
  /** Some related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LookFilter | null | undefined;
};

/** A filter to be used against aggregates of `EmailDraft` object types. */
export type EmailDraftAggregatesFilter = {
  /** Distinct count aggregate over matching `EmailDraft` objects. */
  distinctCount?: EmailDraftDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `EmailDraft` object to be included within the aggregate. */
  filter?: EmailDraftFilter | null | undefined;
};

export type EmailDraftDistinctCountAggregateFilter = {
  agentRunId?: BigIntFilter | null | undefined;
  approvedBy?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  requestedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `EmailDraft` object types. All fields are combined with a logical ‘and.’ */
export type EmailDraftFilter = {
  /** Filter by the object’s `agentRun` relation. */
  agentRun?: AgentRunFilter | null | undefined;
  /** A related `agentRun` exists. */
  agentRunExists?: boolean | null | undefined;
  /** Filter by the object’s `agentRunId` field. */
  agentRunId?: UuidFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<EmailDraftFilter> | null | undefined;
  /** Filter by the object’s `approvedBy` field. */
  approvedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `approver` relation. */
  approver?: ProfileFilter | null | undefined;
  /** A related `approver` exists. */
  approverExists?: boolean | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: EmailDraftFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EmailDraftFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `requestedBy` field. */
  requestedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `requester` relation. */
  requester?: ProfileFilter | null | undefined;
  /** A related `requester` exists. */
  requesterExists?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** Represents an update to a `EmailDraft`. Fields that are set will be updated. */
export type EmailDraftPatch = {
  /** The line mail clients show after the subject (≤ 200 characters). */
  preheader?: string | null | undefined;
  /** The body: [{heading?, paragraphs: [text, …] (1–8), button?: {label, href (http/https)}}] (1–8 sections). "{{nombre}}" in a paragraph becomes each person's name. */
  sections?: unknown;
  /** The subject (1–200 characters). */
  subject?: string | null | undefined;
};

/** A filter to be used against aggregates of `Event` object types. */
export type EventAggregatesFilter = {
  /** Mean average aggregate over matching `Event` objects. */
  average?: EventAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Event` objects. */
  distinctCount?: EventDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Event` object to be included within the aggregate. */
  filter?: EventFilter | null | undefined;
  /** Maximum aggregate over matching `Event` objects. */
  max?: EventMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Event` objects. */
  min?: EventMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Event` objects. */
  stddevPopulation?: EventStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Event` objects. */
  stddevSample?: EventStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Event` objects. */
  sum?: EventSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Event` objects. */
  variancePopulation?: EventVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Event` objects. */
  varianceSample?: EventVarianceSampleAggregateFilter | null | undefined;
};

export type EventAverageAggregateFilter = {
  validTicketCount?: BigFloatFilter | null | undefined;
};

/** A filter to be used against `EventBudget` object types. All fields are combined with a logical ‘and.’ */
export type EventBudgetFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<EventBudgetFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: EventBudgetFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EventBudgetFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** A filter to be used against aggregates of `EventDesigner` object types. */
export type EventDesignerAggregatesFilter = {
  /** Mean average aggregate over matching `EventDesigner` objects. */
  average?: EventDesignerAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `EventDesigner` objects. */
  distinctCount?: EventDesignerDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `EventDesigner` object to be included within the aggregate. */
  filter?: EventDesignerFilter | null | undefined;
  /** Maximum aggregate over matching `EventDesigner` objects. */
  max?: EventDesignerMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `EventDesigner` objects. */
  min?: EventDesignerMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `EventDesigner` objects. */
  stddevPopulation?: EventDesignerStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `EventDesigner` objects. */
  stddevSample?: EventDesignerStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `EventDesigner` objects. */
  sum?: EventDesignerSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `EventDesigner` objects. */
  variancePopulation?: EventDesignerVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `EventDesigner` objects. */
  varianceSample?: EventDesignerVarianceSampleAggregateFilter | null | undefined;
};

export type EventDesignerAverageAggregateFilter = {
  showOrder?: BigFloatFilter | null | undefined;
};

export type EventDesignerDistinctCountAggregateFilter = {
  designerId?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  showOrder?: BigIntFilter | null | undefined;
};

/** A filter to be used against `EventDesigner` object types. All fields are combined with a logical ‘and.’ */
export type EventDesignerFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<EventDesignerFilter> | null | undefined;
  /** Filter by the object’s `designer` relation. */
  designer?: DesignerFilter | null | undefined;
  /** Filter by the object’s `designerId` field. */
  designerId?: UuidFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: EventDesignerFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EventDesignerFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `showOrder` field. */
  showOrder?: IntFilter | null | undefined;
};

export type EventDesignerMaxAggregateFilter = {
  showOrder?: IntFilter | null | undefined;
};

export type EventDesignerMinAggregateFilter = {
  showOrder?: IntFilter | null | undefined;
};

export type EventDesignerStddevPopulationAggregateFilter = {
  showOrder?: BigFloatFilter | null | undefined;
};

export type EventDesignerStddevSampleAggregateFilter = {
  showOrder?: BigFloatFilter | null | undefined;
};

export type EventDesignerSumAggregateFilter = {
  showOrder?: BigIntFilter | null | undefined;
};

export type EventDesignerVariancePopulationAggregateFilter = {
  showOrder?: BigFloatFilter | null | undefined;
};

export type EventDesignerVarianceSampleAggregateFilter = {
  showOrder?: BigFloatFilter | null | undefined;
};

export type EventDistinctCountAggregateFilter = {
  coverFileId?: BigIntFilter | null | undefined;
  metadata?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  organizerId?: BigIntFilter | null | undefined;
  publicationProblems?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  slug?: BigIntFilter | null | undefined;
  startsAt?: BigIntFilter | null | undefined;
  validTicketCount?: BigIntFilter | null | undefined;
  venueId?: BigIntFilter | null | undefined;
  venueLayoutId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Event` object types. All fields are combined with a logical ‘and.’ */
export type EventFilter = {
  /** Filter by the object’s `agentRuns` relation. */
  agentRuns?: EventToManyAgentRunFilter | null | undefined;
  /** Some related `agentRuns` exist. */
  agentRunsExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<EventFilter> | null | undefined;
  /** Filter by the object’s `bookings` relation. */
  bookings?: EventToManyBookingFilter | null | undefined;
  /** Some related `bookings` exist. */
  bookingsExist?: boolean | null | undefined;
  /** Filter by the object’s `budget` relation. */
  budget?: EventBudgetFilter | null | undefined;
  /** A related `budget` exists. */
  budgetExists?: boolean | null | undefined;
  /** Filter by the object’s `castingBriefs` relation. */
  castingBriefs?: EventToManyCastingBriefFilter | null | undefined;
  /** Some related `castingBriefs` exist. */
  castingBriefsExist?: boolean | null | undefined;
  /** Filter by the object’s `cover` relation. */
  cover?: FileFilter | null | undefined;
  /** A related `cover` exists. */
  coverExists?: boolean | null | undefined;
  /** Filter by the object’s `coverFileId` field. */
  coverFileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `emailDrafts` relation. */
  emailDrafts?: EventToManyEmailDraftFilter | null | undefined;
  /** Some related `emailDrafts` exist. */
  emailDraftsExist?: boolean | null | undefined;
  /** Filter by the object’s `eventDesigners` relation. */
  eventDesigners?: EventToManyEventDesignerFilter | null | undefined;
  /** Some related `eventDesigners` exist. */
  eventDesignersExist?: boolean | null | undefined;
  /** Filter by the object’s `guestInvitations` relation. */
  guestInvitations?: EventToManyGuestInvitationFilter | null | undefined;
  /** Some related `guestInvitations` exist. */
  guestInvitationsExist?: boolean | null | undefined;
  /** Filter by the object’s `healthReports` relation. */
  healthReports?: EventToManyEventHealthReportFilter | null | undefined;
  /** Some related `healthReports` exist. */
  healthReportsExist?: boolean | null | undefined;
  /** Filter by the object’s `inboxMessages` relation. */
  inboxMessages?: EventToManyInboxMessageFilter | null | undefined;
  /** Some related `inboxMessages` exist. */
  inboxMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `looks` relation. */
  looks?: EventToManyLookFilter | null | undefined;
  /** Some related `looks` exist. */
  looksExist?: boolean | null | undefined;
  /** Filter by the object’s `modelCastings` relation. */
  modelCastings?: EventToManyModelCastingFilter | null | undefined;
  /** Some related `modelCastings` exist. */
  modelCastingsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: EventFilter | null | undefined;
  /** Filter by the object’s `notifications` relation. */
  notifications?: EventToManyNotificationFilter | null | undefined;
  /** Some related `notifications` exist. */
  notificationsExist?: boolean | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EventFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `organizer` relation. */
  organizer?: ProfileFilter | null | undefined;
  /** A related `organizer` exists. */
  organizerExists?: boolean | null | undefined;
  /** Filter by the object’s `organizerId` field. */
  organizerId?: UuidFilter | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: EventToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `runwaySchedules` relation. */
  runwaySchedules?: EventToManyRunwayScheduleFilter | null | undefined;
  /** Some related `runwaySchedules` exist. */
  runwaySchedulesExist?: boolean | null | undefined;
  /** Filter by the object’s `seatAssignments` relation. */
  seatAssignments?: EventToManySeatAssignmentFilter | null | undefined;
  /** Some related `seatAssignments` exist. */
  seatAssignmentsExist?: boolean | null | undefined;
  /** Filter by the object’s `slug` field. */
  slug?: StringFilter | null | undefined;
  /** Filter by the object’s `sponsors` relation. */
  sponsors?: EventToManySponsorFilter | null | undefined;
  /** Some related `sponsors` exist. */
  sponsorsExist?: boolean | null | undefined;
  /** Filter by the object’s `startsAt` field. */
  startsAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `ticketCheckIns` relation. */
  ticketCheckIns?: EventToManyTicketCheckInFilter | null | undefined;
  /** Some related `ticketCheckIns` exist. */
  ticketCheckInsExist?: boolean | null | undefined;
  /** Filter by the object’s `ticketTiers` relation. */
  ticketTiers?: EventToManyTicketTierFilter | null | undefined;
  /** Some related `ticketTiers` exist. */
  ticketTiersExist?: boolean | null | undefined;
  /** Filter by the object’s `tickets` relation. */
  tickets?: EventToManyTicketFilter | null | undefined;
  /** Some related `tickets` exist. */
  ticketsExist?: boolean | null | undefined;
  /** Filter by the object’s `validTicketCount` field. */
  validTicketCount?: IntFilter | null | undefined;
  /** Filter by the object’s `vendorBookings` relation. */
  vendorBookings?: EventToManyVendorAvailabilityFilter | null | undefined;
  /** Some related `vendorBookings` exist. */
  vendorBookingsExist?: boolean | null | undefined;
  /** Filter by the object’s `vendorRecommendations` relation. */
  vendorRecommendations?: EventToManyVendorRecommendationFilter | null | undefined;
  /** Some related `vendorRecommendations` exist. */
  vendorRecommendationsExist?: boolean | null | undefined;
  /** Filter by the object’s `venue` relation. */
  venue?: VenueFilter | null | undefined;
  /** A related `venue` exists. */
  venueExists?: boolean | null | undefined;
  /** Filter by the object’s `venueId` field. */
  venueId?: UuidFilter | null | undefined;
  /** Filter by the object’s `venueLayout` relation. */
  venueLayout?: VenueLayoutFilter | null | undefined;
  /** A related `venueLayout` exists. */
  venueLayoutExists?: boolean | null | undefined;
  /** Filter by the object’s `venueLayoutId` field. */
  venueLayoutId?: UuidFilter | null | undefined;
};

/** A filter to be used against aggregates of `EventHealthReport` object types. */
export type EventHealthReportAggregatesFilter = {
  /** Distinct count aggregate over matching `EventHealthReport` objects. */
  distinctCount?: EventHealthReportDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `EventHealthReport` object to be included within the aggregate. */
  filter?: EventHealthReportFilter | null | undefined;
};

export type EventHealthReportDistinctCountAggregateFilter = {
  checks?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  reportDate?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  summary?: BigIntFilter | null | undefined;
  summaryRunId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `EventHealthReport` object types. All fields are combined with a logical ‘and.’ */
export type EventHealthReportFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<EventHealthReportFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: EventHealthReportFilter | null | undefined;
  /** Filter by the object’s `notifications` relation. */
  notifications?: EventHealthReportToManyNotificationFilter | null | undefined;
  /** Some related `notifications` exist. */
  notificationsExist?: boolean | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EventHealthReportFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `reportDate` field. */
  reportDate?: DateFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `summaryRun` relation. */
  summaryRun?: AgentRunFilter | null | undefined;
  /** A related `summaryRun` exists. */
  summaryRunExists?: boolean | null | undefined;
  /** Filter by the object’s `summaryRunId` field. */
  summaryRunId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `Notification` object types. All fields are combined with a logical ‘and.’ */
export type EventHealthReportToManyNotificationFilter = {
  /** Aggregates across related `Notification` match the filter criteria. */
  aggregates?: NotificationAggregatesFilter | null | undefined;
  /** Every related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: NotificationFilter | null | undefined;
  /** No related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: NotificationFilter | null | undefined;
  /** Some related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: NotificationFilter | null | undefined;
};

/** An input for mutations affecting `Event` */
export type EventInput = {
  /** Maximum audience for this event; the ticket tiers together never offer more. */
  capacity?: number | null | undefined;
  /** Cover image of the event (a file uploaded as event_cover); shown on the public page of a published public event. Replacing or removing it deletes the old one. */
  coverFileId?: string | null | undefined;
  /** Public description. */
  description?: string | null | undefined;
  /** When the event ends; after starts_at. */
  endsAt: string;
  /** Invited people (guests and their +1s) the show can seat; accepting beyond it puts the party on the waitlist. Null: no limit. */
  guestCapacity?: number | null | undefined;
  /** Whether a published event is listed publicly and sells tickets to anyone. */
  isPublic?: boolean | null | undefined;
  /** Free-form structured details (dress code, season, hashtags...), at most 20,000 bytes as JSON text. */
  metadata?: unknown;
  /** Organization producing the event. */
  organizationId: string;
  /** Profile of the lead producer: a member of the event's organization. */
  organizerId?: string | null | undefined;
  /** The vendor categories this event needs booked (default: sound, lighting, catering, security, hair_makeup, photography). Event Health reports each one without a booked vendor. */
  requiredVendorCategories?: Array<string | null | undefined> | null | undefined;
  /** When RSVPs close (UTC): after it, links still open but answers are refused (RSVP_CLOSED). Null: until the show starts. */
  rsvpClosesAt?: string | null | undefined;
  /** URL-friendly identifier, unique within the organization. */
  slug: string;
  /** When doors open / the show starts. */
  startsAt: string;
  /** IANA time zone of the event, e.g. America/Bogota (the default); other spellings are refused. */
  timezone?: string | null | undefined;
  /** Event title. */
  title: string;
  /** Where the event happens (a venue of the same organization). */
  venueId?: string | null | undefined;
  /** The seating plan guests are seated on (one of the organization's venue layouts). */
  venueLayoutId?: string | null | undefined;
};

export type EventMaxAggregateFilter = {
  validTicketCount?: IntFilter | null | undefined;
};

export type EventMinAggregateFilter = {
  validTicketCount?: IntFilter | null | undefined;
};

/** Represents an update to a `Event`. Fields that are set will be updated. */
export type EventPatch = {
  /** Maximum audience for this event; the ticket tiers together never offer more. */
  capacity?: number | null | undefined;
  /** Cover image of the event (a file uploaded as event_cover); shown on the public page of a published public event. Replacing or removing it deletes the old one. */
  coverFileId?: string | null | undefined;
  /** Public description. */
  description?: string | null | undefined;
  /** When the event ends; after starts_at. */
  endsAt?: string | null | undefined;
  /** Invited people (guests and their +1s) the show can seat; accepting beyond it puts the party on the waitlist. Null: no limit. */
  guestCapacity?: number | null | undefined;
  /** Whether a published event is listed publicly and sells tickets to anyone. */
  isPublic?: boolean | null | undefined;
  /** Free-form structured details (dress code, season, hashtags...), at most 20,000 bytes as JSON text. */
  metadata?: unknown;
  /** Profile of the lead producer: a member of the event's organization. */
  organizerId?: string | null | undefined;
  /** The vendor categories this event needs booked (default: sound, lighting, catering, security, hair_makeup, photography). Event Health reports each one without a booked vendor. */
  requiredVendorCategories?: Array<string | null | undefined> | null | undefined;
  /** When RSVPs close (UTC): after it, links still open but answers are refused (RSVP_CLOSED). Null: until the show starts. */
  rsvpClosesAt?: string | null | undefined;
  /** URL-friendly identifier, unique within the organization. */
  slug?: string | null | undefined;
  /** When doors open / the show starts. */
  startsAt?: string | null | undefined;
  /** draft, published, cancelled or completed. */
  status?: string | null | undefined;
  /** IANA time zone of the event, e.g. America/Bogota (the default); other spellings are refused. */
  timezone?: string | null | undefined;
  /** Event title. */
  title?: string | null | undefined;
  /** Where the event happens (a venue of the same organization). */
  venueId?: string | null | undefined;
  /** The seating plan guests are seated on (one of the organization's venue layouts). */
  venueLayoutId?: string | null | undefined;
};

export type EventStddevPopulationAggregateFilter = {
  validTicketCount?: BigFloatFilter | null | undefined;
};

export type EventStddevSampleAggregateFilter = {
  validTicketCount?: BigFloatFilter | null | undefined;
};

export type EventSumAggregateFilter = {
  validTicketCount?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `AgentRun` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyAgentRunFilter = {
  /** Aggregates across related `AgentRun` match the filter criteria. */
  aggregates?: AgentRunAggregatesFilter | null | undefined;
  /** Every related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AgentRunFilter | null | undefined;
  /** No related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AgentRunFilter | null | undefined;
  /** Some related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AgentRunFilter | null | undefined;
};

/** A filter to be used against many `Booking` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyBookingFilter = {
  /** Aggregates across related `Booking` match the filter criteria. */
  aggregates?: BookingAggregatesFilter | null | undefined;
  /** Every related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: BookingFilter | null | undefined;
  /** No related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: BookingFilter | null | undefined;
  /** Some related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: BookingFilter | null | undefined;
};

/** A filter to be used against many `CastingBrief` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyCastingBriefFilter = {
  /** Aggregates across related `CastingBrief` match the filter criteria. */
  aggregates?: CastingBriefAggregatesFilter | null | undefined;
  /** Every related `CastingBrief` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CastingBriefFilter | null | undefined;
  /** No related `CastingBrief` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CastingBriefFilter | null | undefined;
  /** Some related `CastingBrief` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CastingBriefFilter | null | undefined;
};

/** A filter to be used against many `EmailDraft` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyEmailDraftFilter = {
  /** Aggregates across related `EmailDraft` match the filter criteria. */
  aggregates?: EmailDraftAggregatesFilter | null | undefined;
  /** Every related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmailDraftFilter | null | undefined;
  /** No related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmailDraftFilter | null | undefined;
  /** Some related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmailDraftFilter | null | undefined;
};

/** A filter to be used against many `EventDesigner` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyEventDesignerFilter = {
  /** Aggregates across related `EventDesigner` match the filter criteria. */
  aggregates?: EventDesignerAggregatesFilter | null | undefined;
  /** Every related `EventDesigner` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventDesignerFilter | null | undefined;
  /** No related `EventDesigner` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventDesignerFilter | null | undefined;
  /** Some related `EventDesigner` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventDesignerFilter | null | undefined;
};

/** A filter to be used against many `EventHealthReport` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyEventHealthReportFilter = {
  /** Aggregates across related `EventHealthReport` match the filter criteria. */
  aggregates?: EventHealthReportAggregatesFilter | null | undefined;
  /** Every related `EventHealthReport` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventHealthReportFilter | null | undefined;
  /** No related `EventHealthReport` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventHealthReportFilter | null | undefined;
  /** Some related `EventHealthReport` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventHealthReportFilter | null | undefined;
};

/** A filter to be used against many `GuestInvitation` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyGuestInvitationFilter = {
  /** Aggregates across related `GuestInvitation` match the filter criteria. */
  aggregates?: GuestInvitationAggregatesFilter | null | undefined;
  /** Every related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: GuestInvitationFilter | null | undefined;
  /** No related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: GuestInvitationFilter | null | undefined;
  /** Some related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: GuestInvitationFilter | null | undefined;
};

/** A filter to be used against many `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyInboxMessageFilter = {
  /** Aggregates across related `InboxMessage` match the filter criteria. */
  aggregates?: InboxMessageAggregatesFilter | null | undefined;
  /** Every related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InboxMessageFilter | null | undefined;
  /** No related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InboxMessageFilter | null | undefined;
  /** Some related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InboxMessageFilter | null | undefined;
};

/** A filter to be used against many `Look` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyLookFilter = {
  /** Aggregates across related `Look` match the filter criteria. */
  aggregates?: LookAggregatesFilter | null | undefined;
  /** Every related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LookFilter | null | undefined;
  /** No related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LookFilter | null | undefined;
  /** Some related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LookFilter | null | undefined;
};

/** A filter to be used against many `ModelCasting` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyModelCastingFilter = {
  /** Aggregates across related `ModelCasting` match the filter criteria. */
  aggregates?: ModelCastingAggregatesFilter | null | undefined;
  /** Every related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ModelCastingFilter | null | undefined;
  /** No related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ModelCastingFilter | null | undefined;
  /** Some related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ModelCastingFilter | null | undefined;
};

/** A filter to be used against many `Notification` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyNotificationFilter = {
  /** Aggregates across related `Notification` match the filter criteria. */
  aggregates?: NotificationAggregatesFilter | null | undefined;
  /** Every related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: NotificationFilter | null | undefined;
  /** No related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: NotificationFilter | null | undefined;
  /** Some related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: NotificationFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against many `RunwaySchedule` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyRunwayScheduleFilter = {
  /** Aggregates across related `RunwaySchedule` match the filter criteria. */
  aggregates?: RunwayScheduleAggregatesFilter | null | undefined;
  /** Every related `RunwaySchedule` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: RunwayScheduleFilter | null | undefined;
  /** No related `RunwaySchedule` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: RunwayScheduleFilter | null | undefined;
  /** Some related `RunwaySchedule` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: RunwayScheduleFilter | null | undefined;
};

/** A filter to be used against many `SeatAssignment` object types. All fields are combined with a logical ‘and.’ */
export type EventToManySeatAssignmentFilter = {
  /** Aggregates across related `SeatAssignment` match the filter criteria. */
  aggregates?: SeatAssignmentAggregatesFilter | null | undefined;
  /** Every related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SeatAssignmentFilter | null | undefined;
  /** No related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SeatAssignmentFilter | null | undefined;
  /** Some related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SeatAssignmentFilter | null | undefined;
};

/** A filter to be used against many `Sponsor` object types. All fields are combined with a logical ‘and.’ */
export type EventToManySponsorFilter = {
  /** Aggregates across related `Sponsor` match the filter criteria. */
  aggregates?: SponsorAggregatesFilter | null | undefined;
  /** Every related `Sponsor` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SponsorFilter | null | undefined;
  /** No related `Sponsor` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SponsorFilter | null | undefined;
  /** Some related `Sponsor` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SponsorFilter | null | undefined;
};

/** A filter to be used against many `TicketCheckIn` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyTicketCheckInFilter = {
  /** Aggregates across related `TicketCheckIn` match the filter criteria. */
  aggregates?: TicketCheckInAggregatesFilter | null | undefined;
  /** Every related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketCheckInFilter | null | undefined;
  /** No related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketCheckInFilter | null | undefined;
  /** Some related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketCheckInFilter | null | undefined;
};

/** A filter to be used against many `Ticket` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyTicketFilter = {
  /** Aggregates across related `Ticket` match the filter criteria. */
  aggregates?: TicketAggregatesFilter | null | undefined;
  /** Every related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketFilter | null | undefined;
  /** No related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketFilter | null | undefined;
  /** Some related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketFilter | null | undefined;
};

/** A filter to be used against many `TicketTier` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyTicketTierFilter = {
  /** Aggregates across related `TicketTier` match the filter criteria. */
  aggregates?: TicketTierAggregatesFilter | null | undefined;
  /** Every related `TicketTier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketTierFilter | null | undefined;
  /** No related `TicketTier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketTierFilter | null | undefined;
  /** Some related `TicketTier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketTierFilter | null | undefined;
};

/** A filter to be used against many `VendorAvailability` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyVendorAvailabilityFilter = {
  /** Aggregates across related `VendorAvailability` match the filter criteria. */
  aggregates?: VendorAvailabilityAggregatesFilter | null | undefined;
  /** Every related `VendorAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VendorAvailabilityFilter | null | undefined;
  /** No related `VendorAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VendorAvailabilityFilter | null | undefined;
  /** Some related `VendorAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VendorAvailabilityFilter | null | undefined;
};

/** A filter to be used against many `VendorRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type EventToManyVendorRecommendationFilter = {
  /** Aggregates across related `VendorRecommendation` match the filter criteria. */
  aggregates?: VendorRecommendationAggregatesFilter | null | undefined;
  /** Every related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VendorRecommendationFilter | null | undefined;
  /** No related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VendorRecommendationFilter | null | undefined;
  /** Some related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VendorRecommendationFilter | null | undefined;
};

export type EventVariancePopulationAggregateFilter = {
  validTicketCount?: BigFloatFilter | null | undefined;
};

export type EventVarianceSampleAggregateFilter = {
  validTicketCount?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `File` object types. */
export type FileAggregatesFilter = {
  /** Distinct count aggregate over matching `File` objects. */
  distinctCount?: FileDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `File` object to be included within the aggregate. */
  filter?: FileFilter | null | undefined;
};

export type FileDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `File` object types. All fields are combined with a logical ‘and.’ */
export type FileFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<FileFilter> | null | undefined;
  /** Filter by the object’s `events` relation. */
  events?: FileToManyEventFilter | null | undefined;
  /** Some related `events` exist. */
  eventsExist?: boolean | null | undefined;
  /** Filter by the object’s `logoOfOrganization` relation. */
  logoOfOrganization?: OrganizationFilter | null | undefined;
  /** A related `logoOfOrganization` exists. */
  logoOfOrganizationExists?: boolean | null | undefined;
  /** Filter by the object’s `looks` relation. */
  looks?: FileToManyLookFilter | null | undefined;
  /** Some related `looks` exist. */
  looksExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: FileFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<FileFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `talentPhoto` relation. */
  talentPhoto?: TalentPhotoFilter | null | undefined;
  /** A related `talentPhoto` exists. */
  talentPhotoExists?: boolean | null | undefined;
};

/** A filter to be used against many `Event` object types. All fields are combined with a logical ‘and.’ */
export type FileToManyEventFilter = {
  /** Aggregates across related `Event` match the filter criteria. */
  aggregates?: EventAggregatesFilter | null | undefined;
  /** Every related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventFilter | null | undefined;
  /** No related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventFilter | null | undefined;
  /** Some related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventFilter | null | undefined;
};

/** A filter to be used against many `Look` object types. All fields are combined with a logical ‘and.’ */
export type FileToManyLookFilter = {
  /** Aggregates across related `Look` match the filter criteria. */
  aggregates?: LookAggregatesFilter | null | undefined;
  /** Every related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LookFilter | null | undefined;
  /** No related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LookFilter | null | undefined;
  /** Some related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LookFilter | null | undefined;
};

/** A filter to be used against aggregates of `Guest` object types. */
export type GuestAggregatesFilter = {
  /** Distinct count aggregate over matching `Guest` objects. */
  distinctCount?: GuestDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Guest` object to be included within the aggregate. */
  filter?: GuestFilter | null | undefined;
};

/** A filter to be used against `GuestContact` object types. All fields are combined with a logical ‘and.’ */
export type GuestContactFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<GuestContactFilter> | null | undefined;
  /** Filter by the object’s `email` field. */
  email?: StringFilter | null | undefined;
  /** Filter by the object’s `guest` relation. */
  guest?: GuestFilter | null | undefined;
  /** Filter by the object’s `guestId` field. */
  guestId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: GuestContactFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<GuestContactFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
};

export type GuestDistinctCountAggregateFilter = {
  category?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  tier?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Guest` object types. All fields are combined with a logical ‘and.’ */
export type GuestFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<GuestFilter> | null | undefined;
  /** Filter by the object’s `category` field. */
  category?: StringFilter | null | undefined;
  /** Filter by the object’s `contact` relation. */
  contact?: GuestContactFilter | null | undefined;
  /** A related `contact` exists. */
  contactExists?: boolean | null | undefined;
  /** Filter by the object’s `inboxMessages` relation. */
  inboxMessages?: GuestToManyInboxMessageFilter | null | undefined;
  /** Some related `inboxMessages` exist. */
  inboxMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `invitations` relation. */
  invitations?: GuestToManyGuestInvitationFilter | null | undefined;
  /** Some related `invitations` exist. */
  invitationsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: GuestFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<GuestFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: GuestToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `tier` field. */
  tier?: StringFilter | null | undefined;
};

/** A filter to be used against aggregates of `GuestInvitation` object types. */
export type GuestInvitationAggregatesFilter = {
  /** Mean average aggregate over matching `GuestInvitation` objects. */
  average?: GuestInvitationAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `GuestInvitation` objects. */
  distinctCount?: GuestInvitationDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `GuestInvitation` object to be included within the aggregate. */
  filter?: GuestInvitationFilter | null | undefined;
  /** Maximum aggregate over matching `GuestInvitation` objects. */
  max?: GuestInvitationMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `GuestInvitation` objects. */
  min?: GuestInvitationMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `GuestInvitation` objects. */
  stddevPopulation?: GuestInvitationStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `GuestInvitation` objects. */
  stddevSample?: GuestInvitationStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `GuestInvitation` objects. */
  sum?: GuestInvitationSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `GuestInvitation` objects. */
  variancePopulation?: GuestInvitationVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `GuestInvitation` objects. */
  varianceSample?: GuestInvitationVarianceSampleAggregateFilter | null | undefined;
};

export type GuestInvitationAverageAggregateFilter = {
  partySize?: BigFloatFilter | null | undefined;
};

export type GuestInvitationDistinctCountAggregateFilter = {
  checkedInBy?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  guestId?: BigIntFilter | null | undefined;
  invitedBy?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  partySize?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  rsvpToken?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against `GuestInvitation` object types. All fields are combined with a logical ‘and.’ */
export type GuestInvitationFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<GuestInvitationFilter> | null | undefined;
  /** Filter by the object’s `checkInStaff` relation. */
  checkInStaff?: ProfileFilter | null | undefined;
  /** A related `checkInStaff` exists. */
  checkInStaffExists?: boolean | null | undefined;
  /** Filter by the object’s `checkIns` relation. */
  checkIns?: GuestInvitationToManyTicketCheckInFilter | null | undefined;
  /** Some related `checkIns` exist. */
  checkInsExist?: boolean | null | undefined;
  /** Filter by the object’s `checkedInBy` field. */
  checkedInBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `guest` relation. */
  guest?: GuestFilter | null | undefined;
  /** Filter by the object’s `guestId` field. */
  guestId?: UuidFilter | null | undefined;
  /** Filter by the object’s `invitedBy` field. */
  invitedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `inviter` relation. */
  inviter?: ProfileFilter | null | undefined;
  /** A related `inviter` exists. */
  inviterExists?: boolean | null | undefined;
  /** Negates the expression. */
  not?: GuestInvitationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<GuestInvitationFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `partySize` field. */
  partySize?: IntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rsvpToken` field. */
  rsvpToken?: StringFilter | null | undefined;
  /** Filter by the object’s `seatAssignments` relation. */
  seatAssignments?: GuestInvitationToManySeatAssignmentFilter | null | undefined;
  /** Some related `seatAssignments` exist. */
  seatAssignmentsExist?: boolean | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
};

export type GuestInvitationMaxAggregateFilter = {
  partySize?: IntFilter | null | undefined;
};

export type GuestInvitationMinAggregateFilter = {
  partySize?: IntFilter | null | undefined;
};

export type GuestInvitationStddevPopulationAggregateFilter = {
  partySize?: BigFloatFilter | null | undefined;
};

export type GuestInvitationStddevSampleAggregateFilter = {
  partySize?: BigFloatFilter | null | undefined;
};

export type GuestInvitationSumAggregateFilter = {
  partySize?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `SeatAssignment` object types. All fields are combined with a logical ‘and.’ */
export type GuestInvitationToManySeatAssignmentFilter = {
  /** Aggregates across related `SeatAssignment` match the filter criteria. */
  aggregates?: SeatAssignmentAggregatesFilter | null | undefined;
  /** Every related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SeatAssignmentFilter | null | undefined;
  /** No related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SeatAssignmentFilter | null | undefined;
  /** Some related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SeatAssignmentFilter | null | undefined;
};

/** A filter to be used against many `TicketCheckIn` object types. All fields are combined with a logical ‘and.’ */
export type GuestInvitationToManyTicketCheckInFilter = {
  /** Aggregates across related `TicketCheckIn` match the filter criteria. */
  aggregates?: TicketCheckInAggregatesFilter | null | undefined;
  /** Every related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketCheckInFilter | null | undefined;
  /** No related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketCheckInFilter | null | undefined;
  /** Some related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketCheckInFilter | null | undefined;
};

export type GuestInvitationVariancePopulationAggregateFilter = {
  partySize?: BigFloatFilter | null | undefined;
};

export type GuestInvitationVarianceSampleAggregateFilter = {
  partySize?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `GuestInvitation` object types. All fields are combined with a logical ‘and.’ */
export type GuestToManyGuestInvitationFilter = {
  /** Aggregates across related `GuestInvitation` match the filter criteria. */
  aggregates?: GuestInvitationAggregatesFilter | null | undefined;
  /** Every related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: GuestInvitationFilter | null | undefined;
  /** No related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: GuestInvitationFilter | null | undefined;
  /** Some related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: GuestInvitationFilter | null | undefined;
};

/** A filter to be used against many `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type GuestToManyInboxMessageFilter = {
  /** Aggregates across related `InboxMessage` match the filter criteria. */
  aggregates?: InboxMessageAggregatesFilter | null | undefined;
  /** Every related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InboxMessageFilter | null | undefined;
  /** No related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InboxMessageFilter | null | undefined;
  /** Some related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InboxMessageFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type GuestToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against aggregates of `InboxMessage` object types. */
export type InboxMessageAggregatesFilter = {
  /** Distinct count aggregate over matching `InboxMessage` objects. */
  distinctCount?: InboxMessageDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `InboxMessage` object to be included within the aggregate. */
  filter?: InboxMessageFilter | null | undefined;
};

export type InboxMessageDistinctCountAggregateFilter = {
  eventId?: BigIntFilter | null | undefined;
  guestId?: BigIntFilter | null | undefined;
  modelCastingId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  providerMessageId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  sentAt?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
  vendorId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type InboxMessageFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<InboxMessageFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** A related `event` exists. */
  eventExists?: boolean | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `guest` relation. */
  guest?: GuestFilter | null | undefined;
  /** A related `guest` exists. */
  guestExists?: boolean | null | undefined;
  /** Filter by the object’s `guestId` field. */
  guestId?: UuidFilter | null | undefined;
  /** Filter by the object’s `modelCasting` relation. */
  modelCasting?: ModelCastingFilter | null | undefined;
  /** A related `modelCasting` exists. */
  modelCastingExists?: boolean | null | undefined;
  /** Filter by the object’s `modelCastingId` field. */
  modelCastingId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: InboxMessageFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<InboxMessageFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `providerMessageId` field. */
  providerMessageId?: StringFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `sentAt` field. */
  sentAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** A related `talent` exists. */
  talentExists?: boolean | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
  /** Filter by the object’s `vendor` relation. */
  vendor?: VendorFilter | null | undefined;
  /** A related `vendor` exists. */
  vendorExists?: boolean | null | undefined;
  /** Filter by the object’s `vendorId` field. */
  vendorId?: UuidFilter | null | undefined;
};

/** A filter to be used against Int fields. All fields are combined with a logical ‘and.’ */
export type IntFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: number | null | undefined;
  /** Equal to the specified value. */
  equalTo?: number | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: number | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: number | null | undefined;
  /** Included in the specified list. */
  in?: Array<number> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: number | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: number | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: number | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: number | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<number> | null | undefined;
};

/** A filter to be used against JSON fields. All fields are combined with a logical ‘and.’ */
export type JsonFilter = {
  /** Contained by the specified JSON. */
  containedBy?: unknown;
  /** Contains the specified JSON. */
  contains?: unknown;
  /** Contains all of the specified keys. */
  containsAllKeys?: Array<string> | null | undefined;
  /** Contains any of the specified keys. */
  containsAnyKeys?: Array<string> | null | undefined;
  /** Contains the specified key. */
  containsKey?: string | null | undefined;
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: unknown;
  /** Equal to the specified value. */
  equalTo?: unknown;
  /** Greater than the specified value. */
  greaterThan?: unknown;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: unknown;
  /** Included in the specified list. */
  in?: Array<unknown> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: unknown;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: unknown;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: unknown;
  /** Not equal to the specified value. */
  notEqualTo?: unknown;
  /** Not included in the specified list. */
  notIn?: Array<unknown> | null | undefined;
};

/** A filter to be used against aggregates of `Look` object types. */
export type LookAggregatesFilter = {
  /** Mean average aggregate over matching `Look` objects. */
  average?: LookAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Look` objects. */
  distinctCount?: LookDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Look` object to be included within the aggregate. */
  filter?: LookFilter | null | undefined;
  /** Maximum aggregate over matching `Look` objects. */
  max?: LookMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Look` objects. */
  min?: LookMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Look` objects. */
  stddevPopulation?: LookStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Look` objects. */
  stddevSample?: LookStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Look` objects. */
  sum?: LookSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Look` objects. */
  variancePopulation?: LookVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Look` objects. */
  varianceSample?: LookVarianceSampleAggregateFilter | null | undefined;
};

export type LookAverageAggregateFilter = {
  sequence?: BigFloatFilter | null | undefined;
};

export type LookDistinctCountAggregateFilter = {
  designerId?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  photoFileId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  sequence?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Look` object types. All fields are combined with a logical ‘and.’ */
export type LookFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LookFilter> | null | undefined;
  /** Filter by the object’s `casting` relation. */
  casting?: ModelCastingFilter | null | undefined;
  /** A related `casting` exists. */
  castingExists?: boolean | null | undefined;
  /** Filter by the object’s `designer` relation. */
  designer?: DesignerFilter | null | undefined;
  /** Filter by the object’s `designerId` field. */
  designerId?: UuidFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: LookFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LookFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `photo` relation. */
  photo?: FileFilter | null | undefined;
  /** A related `photo` exists. */
  photoExists?: boolean | null | undefined;
  /** Filter by the object’s `photoFileId` field. */
  photoFileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `runwaySlots` relation. */
  runwaySlots?: LookToManyRunwaySlotFilter | null | undefined;
  /** Some related `runwaySlots` exist. */
  runwaySlotsExist?: boolean | null | undefined;
  /** Filter by the object’s `sequence` field. */
  sequence?: IntFilter | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `Look` */
export type LookInput = {
  /** Minutes a model needs to get into this look (the quick change before it), 0 to 120; the schedule's buffer is added to it. */
  changeMinutes?: number | null | undefined;
  /** The designer of the look. */
  designerId: string;
  /** The event where the look is shown. */
  eventId: string;
  /** opening (first of its designer's block), closing (last of the block), finale (last look of the show, before the finale walk) or null. */
  fixedPosition?: string | null | undefined;
  /** Styling notes for backstage. */
  notes?: string | null | undefined;
  /** Photo of the look (a file uploaded as look_photo); replacing or removing it deletes the old one. */
  photoFileId?: string | null | undefined;
  /** Order of the look within the event (1 walks first). */
  sequence: number;
  /** The model wearing the look: a confirmed casting of this event (checked when set). */
  talentId?: string | null | undefined;
  /** Short description of the look. */
  title: string;
  /** Seconds the look is on the runway, 5 to 600; null: the schedule's default walk. */
  walkSeconds?: number | null | undefined;
};

export type LookMaxAggregateFilter = {
  sequence?: IntFilter | null | undefined;
};

export type LookMinAggregateFilter = {
  sequence?: IntFilter | null | undefined;
};

/** Represents an update to a `Look`. Fields that are set will be updated. */
export type LookPatch = {
  /** Minutes a model needs to get into this look (the quick change before it), 0 to 120; the schedule's buffer is added to it. */
  changeMinutes?: number | null | undefined;
  /** The designer of the look. */
  designerId?: string | null | undefined;
  /** opening (first of its designer's block), closing (last of the block), finale (last look of the show, before the finale walk) or null. */
  fixedPosition?: string | null | undefined;
  /** Styling notes for backstage. */
  notes?: string | null | undefined;
  /** Photo of the look (a file uploaded as look_photo); replacing or removing it deletes the old one. */
  photoFileId?: string | null | undefined;
  /** Order of the look within the event (1 walks first). */
  sequence?: number | null | undefined;
  /** The model wearing the look: a confirmed casting of this event (checked when set). */
  talentId?: string | null | undefined;
  /** Short description of the look. */
  title?: string | null | undefined;
  /** Seconds the look is on the runway, 5 to 600; null: the schedule's default walk. */
  walkSeconds?: number | null | undefined;
};

export type LookStddevPopulationAggregateFilter = {
  sequence?: BigFloatFilter | null | undefined;
};

export type LookStddevSampleAggregateFilter = {
  sequence?: BigFloatFilter | null | undefined;
};

export type LookSumAggregateFilter = {
  sequence?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `RunwaySlot` object types. All fields are combined with a logical ‘and.’ */
export type LookToManyRunwaySlotFilter = {
  /** Aggregates across related `RunwaySlot` match the filter criteria. */
  aggregates?: RunwaySlotAggregatesFilter | null | undefined;
  /** Every related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: RunwaySlotFilter | null | undefined;
  /** No related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: RunwaySlotFilter | null | undefined;
  /** Some related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: RunwaySlotFilter | null | undefined;
};

export type LookVariancePopulationAggregateFilter = {
  sequence?: BigFloatFilter | null | undefined;
};

export type LookVarianceSampleAggregateFilter = {
  sequence?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `Membership` object types. */
export type MembershipAggregatesFilter = {
  /** Distinct count aggregate over matching `Membership` objects. */
  distinctCount?: MembershipDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Membership` object to be included within the aggregate. */
  filter?: MembershipFilter | null | undefined;
};

export type MembershipDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Membership` object types. All fields are combined with a logical ‘and.’ */
export type MembershipFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<MembershipFilter> | null | undefined;
  /** Negates the expression. */
  not?: MembershipFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<MembershipFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** A filter to be used against aggregates of `ModelCasting` object types. */
export type ModelCastingAggregatesFilter = {
  /** Distinct count aggregate over matching `ModelCasting` objects. */
  distinctCount?: ModelCastingDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ModelCasting` object to be included within the aggregate. */
  filter?: ModelCastingFilter | null | undefined;
};

export type ModelCastingDistinctCountAggregateFilter = {
  agentRunId?: BigIntFilter | null | undefined;
  briefId?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
  whatsappAnswer?: BigIntFilter | null | undefined;
  whatsappStatus?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ModelCasting` object types. All fields are combined with a logical ‘and.’ */
export type ModelCastingFilter = {
  /** Filter by the object’s `agentRun` relation. */
  agentRun?: AgentRunFilter | null | undefined;
  /** A related `agentRun` exists. */
  agentRunExists?: boolean | null | undefined;
  /** Filter by the object’s `agentRunId` field. */
  agentRunId?: UuidFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<ModelCastingFilter> | null | undefined;
  /** Filter by the object’s `brief` relation. */
  brief?: CastingBriefFilter | null | undefined;
  /** A related `brief` exists. */
  briefExists?: boolean | null | undefined;
  /** Filter by the object’s `briefId` field. */
  briefId?: UuidFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `inboxMessages` relation. */
  inboxMessages?: ModelCastingToManyInboxMessageFilter | null | undefined;
  /** Some related `inboxMessages` exist. */
  inboxMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `looks` relation. */
  looks?: ModelCastingToManyLookFilter | null | undefined;
  /** Some related `looks` exist. */
  looksExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: ModelCastingFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ModelCastingFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
  /** Filter by the object’s `whatsappAnswer` field. */
  whatsappAnswer?: StringFilter | null | undefined;
  /** Filter by the object’s `whatsappStatus` field. */
  whatsappStatus?: StringFilter | null | undefined;
};

/** A filter to be used against many `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type ModelCastingToManyInboxMessageFilter = {
  /** Aggregates across related `InboxMessage` match the filter criteria. */
  aggregates?: InboxMessageAggregatesFilter | null | undefined;
  /** Every related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InboxMessageFilter | null | undefined;
  /** No related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InboxMessageFilter | null | undefined;
  /** Some related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InboxMessageFilter | null | undefined;
};

/** A filter to be used against many `Look` object types. All fields are combined with a logical ‘and.’ */
export type ModelCastingToManyLookFilter = {
  /** Aggregates across related `Look` match the filter criteria. */
  aggregates?: LookAggregatesFilter | null | undefined;
  /** Every related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LookFilter | null | undefined;
  /** No related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LookFilter | null | undefined;
  /** Some related `Look` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LookFilter | null | undefined;
};

/** A filter to be used against aggregates of `Notification` object types. */
export type NotificationAggregatesFilter = {
  /** Distinct count aggregate over matching `Notification` objects. */
  distinctCount?: NotificationDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Notification` object to be included within the aggregate. */
  filter?: NotificationFilter | null | undefined;
};

export type NotificationDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  reportId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Notification` object types. All fields are combined with a logical ‘and.’ */
export type NotificationFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<NotificationFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** A related `event` exists. */
  eventExists?: boolean | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: NotificationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<NotificationFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `report` relation. */
  report?: EventHealthReportFilter | null | undefined;
  /** A related `report` exists. */
  reportExists?: boolean | null | undefined;
  /** Filter by the object’s `reportId` field. */
  reportId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** A filter to be used against `Organization` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationFilter = {
  /** Filter by the object’s `agentRuns` relation. */
  agentRuns?: OrganizationToManyAgentRunFilter | null | undefined;
  /** Some related `agentRuns` exist. */
  agentRunsExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<OrganizationFilter> | null | undefined;
  /** Filter by the object’s `communicationOptOuts` relation. */
  communicationOptOuts?: OrganizationToManyCommunicationOptOutFilter | null | undefined;
  /** Some related `communicationOptOuts` exist. */
  communicationOptOutsExist?: boolean | null | undefined;
  /** Filter by the object’s `designers` relation. */
  designers?: OrganizationToManyDesignerFilter | null | undefined;
  /** Some related `designers` exist. */
  designersExist?: boolean | null | undefined;
  /** Filter by the object’s `emailDrafts` relation. */
  emailDrafts?: OrganizationToManyEmailDraftFilter | null | undefined;
  /** Some related `emailDrafts` exist. */
  emailDraftsExist?: boolean | null | undefined;
  /** Filter by the object’s `events` relation. */
  events?: OrganizationToManyEventFilter | null | undefined;
  /** Some related `events` exist. */
  eventsExist?: boolean | null | undefined;
  /** Filter by the object’s `files` relation. */
  files?: OrganizationToManyFileFilter | null | undefined;
  /** Some related `files` exist. */
  filesExist?: boolean | null | undefined;
  /** Filter by the object’s `guests` relation. */
  guests?: OrganizationToManyGuestFilter | null | undefined;
  /** Some related `guests` exist. */
  guestsExist?: boolean | null | undefined;
  /** Filter by the object’s `inboxMessages` relation. */
  inboxMessages?: OrganizationToManyInboxMessageFilter | null | undefined;
  /** Some related `inboxMessages` exist. */
  inboxMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `logo` relation. */
  logo?: FileFilter | null | undefined;
  /** A related `logo` exists. */
  logoExists?: boolean | null | undefined;
  /** Filter by the object’s `logoFileId` field. */
  logoFileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `memberships` relation. */
  memberships?: OrganizationToManyMembershipFilter | null | undefined;
  /** Some related `memberships` exist. */
  membershipsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `notifications` relation. */
  notifications?: OrganizationToManyNotificationFilter | null | undefined;
  /** Some related `notifications` exist. */
  notificationsExist?: boolean | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<OrganizationFilter> | null | undefined;
  /** Filter by the object’s `organizationInvitations` relation. */
  organizationInvitations?: OrganizationToManyOrganizationInvitationFilter | null | undefined;
  /** Some related `organizationInvitations` exist. */
  organizationInvitationsExist?: boolean | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: OrganizationToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `slug` field. */
  slug?: StringFilter | null | undefined;
  /** Filter by the object’s `talentPhotos` relation. */
  talentPhotos?: OrganizationToManyTalentPhotoFilter | null | undefined;
  /** Some related `talentPhotos` exist. */
  talentPhotosExist?: boolean | null | undefined;
  /** Filter by the object’s `talents` relation. */
  talents?: OrganizationToManyTalentFilter | null | undefined;
  /** Some related `talents` exist. */
  talentsExist?: boolean | null | undefined;
  /** Filter by the object’s `vendors` relation. */
  vendors?: OrganizationToManyVendorFilter | null | undefined;
  /** Some related `vendors` exist. */
  vendorsExist?: boolean | null | undefined;
  /** Filter by the object’s `venues` relation. */
  venues?: OrganizationToManyVenueFilter | null | undefined;
  /** Some related `venues` exist. */
  venuesExist?: boolean | null | undefined;
  /** Filter by the object’s `whatsappTemplates` relation. */
  whatsappTemplates?: OrganizationToManyWhatsappTemplateFilter | null | undefined;
  /** Some related `whatsappTemplates` exist. */
  whatsappTemplatesExist?: boolean | null | undefined;
};

/** A filter to be used against aggregates of `OrganizationInvitation` object types. */
export type OrganizationInvitationAggregatesFilter = {
  /** Distinct count aggregate over matching `OrganizationInvitation` objects. */
  distinctCount?: OrganizationInvitationDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `OrganizationInvitation` object to be included within the aggregate. */
  filter?: OrganizationInvitationFilter | null | undefined;
};

export type OrganizationInvitationDistinctCountAggregateFilter = {
  acceptedBy?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  invitedBy?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  revokedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against `OrganizationInvitation` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationInvitationFilter = {
  /** Filter by the object’s `acceptedBy` field. */
  acceptedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `acceptor` relation. */
  acceptor?: ProfileFilter | null | undefined;
  /** A related `acceptor` exists. */
  acceptorExists?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<OrganizationInvitationFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `invitedBy` field. */
  invitedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `inviter` relation. */
  inviter?: ProfileFilter | null | undefined;
  /** A related `inviter` exists. */
  inviterExists?: boolean | null | undefined;
  /** Negates the expression. */
  not?: OrganizationInvitationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<OrganizationInvitationFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `revokedBy` field. */
  revokedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `revoker` relation. */
  revoker?: ProfileFilter | null | undefined;
  /** A related `revoker` exists. */
  revokerExists?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: StringFilter | null | undefined;
};

/** A filter to be used against many `AgentRun` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyAgentRunFilter = {
  /** Aggregates across related `AgentRun` match the filter criteria. */
  aggregates?: AgentRunAggregatesFilter | null | undefined;
  /** Every related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AgentRunFilter | null | undefined;
  /** No related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AgentRunFilter | null | undefined;
  /** Some related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AgentRunFilter | null | undefined;
};

/** A filter to be used against many `CommunicationOptOut` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyCommunicationOptOutFilter = {
  /** Aggregates across related `CommunicationOptOut` match the filter criteria. */
  aggregates?: CommunicationOptOutAggregatesFilter | null | undefined;
  /** Every related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CommunicationOptOutFilter | null | undefined;
  /** No related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CommunicationOptOutFilter | null | undefined;
  /** Some related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CommunicationOptOutFilter | null | undefined;
};

/** A filter to be used against many `Designer` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyDesignerFilter = {
  /** Aggregates across related `Designer` match the filter criteria. */
  aggregates?: DesignerAggregatesFilter | null | undefined;
  /** Every related `Designer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: DesignerFilter | null | undefined;
  /** No related `Designer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: DesignerFilter | null | undefined;
  /** Some related `Designer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: DesignerFilter | null | undefined;
};

/** A filter to be used against many `EmailDraft` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyEmailDraftFilter = {
  /** Aggregates across related `EmailDraft` match the filter criteria. */
  aggregates?: EmailDraftAggregatesFilter | null | undefined;
  /** Every related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmailDraftFilter | null | undefined;
  /** No related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmailDraftFilter | null | undefined;
  /** Some related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmailDraftFilter | null | undefined;
};

/** A filter to be used against many `Event` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyEventFilter = {
  /** Aggregates across related `Event` match the filter criteria. */
  aggregates?: EventAggregatesFilter | null | undefined;
  /** Every related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventFilter | null | undefined;
  /** No related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventFilter | null | undefined;
  /** Some related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventFilter | null | undefined;
};

/** A filter to be used against many `File` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyFileFilter = {
  /** Aggregates across related `File` match the filter criteria. */
  aggregates?: FileAggregatesFilter | null | undefined;
  /** Every related `File` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: FileFilter | null | undefined;
  /** No related `File` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: FileFilter | null | undefined;
  /** Some related `File` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: FileFilter | null | undefined;
};

/** A filter to be used against many `Guest` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyGuestFilter = {
  /** Aggregates across related `Guest` match the filter criteria. */
  aggregates?: GuestAggregatesFilter | null | undefined;
  /** Every related `Guest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: GuestFilter | null | undefined;
  /** No related `Guest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: GuestFilter | null | undefined;
  /** Some related `Guest` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: GuestFilter | null | undefined;
};

/** A filter to be used against many `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyInboxMessageFilter = {
  /** Aggregates across related `InboxMessage` match the filter criteria. */
  aggregates?: InboxMessageAggregatesFilter | null | undefined;
  /** Every related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InboxMessageFilter | null | undefined;
  /** No related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InboxMessageFilter | null | undefined;
  /** Some related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InboxMessageFilter | null | undefined;
};

/** A filter to be used against many `Membership` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyMembershipFilter = {
  /** Aggregates across related `Membership` match the filter criteria. */
  aggregates?: MembershipAggregatesFilter | null | undefined;
  /** Every related `Membership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: MembershipFilter | null | undefined;
  /** No related `Membership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: MembershipFilter | null | undefined;
  /** Some related `Membership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: MembershipFilter | null | undefined;
};

/** A filter to be used against many `Notification` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyNotificationFilter = {
  /** Aggregates across related `Notification` match the filter criteria. */
  aggregates?: NotificationAggregatesFilter | null | undefined;
  /** Every related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: NotificationFilter | null | undefined;
  /** No related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: NotificationFilter | null | undefined;
  /** Some related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: NotificationFilter | null | undefined;
};

/** A filter to be used against many `OrganizationInvitation` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyOrganizationInvitationFilter = {
  /** Aggregates across related `OrganizationInvitation` match the filter criteria. */
  aggregates?: OrganizationInvitationAggregatesFilter | null | undefined;
  /** Every related `OrganizationInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OrganizationInvitationFilter | null | undefined;
  /** No related `OrganizationInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OrganizationInvitationFilter | null | undefined;
  /** Some related `OrganizationInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OrganizationInvitationFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against many `Talent` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyTalentFilter = {
  /** Aggregates across related `Talent` match the filter criteria. */
  aggregates?: TalentAggregatesFilter | null | undefined;
  /** Every related `Talent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TalentFilter | null | undefined;
  /** No related `Talent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TalentFilter | null | undefined;
  /** Some related `Talent` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TalentFilter | null | undefined;
};

/** A filter to be used against many `TalentPhoto` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyTalentPhotoFilter = {
  /** Aggregates across related `TalentPhoto` match the filter criteria. */
  aggregates?: TalentPhotoAggregatesFilter | null | undefined;
  /** Every related `TalentPhoto` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TalentPhotoFilter | null | undefined;
  /** No related `TalentPhoto` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TalentPhotoFilter | null | undefined;
  /** Some related `TalentPhoto` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TalentPhotoFilter | null | undefined;
};

/** A filter to be used against many `Vendor` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyVendorFilter = {
  /** Aggregates across related `Vendor` match the filter criteria. */
  aggregates?: VendorAggregatesFilter | null | undefined;
  /** Every related `Vendor` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VendorFilter | null | undefined;
  /** No related `Vendor` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VendorFilter | null | undefined;
  /** Some related `Vendor` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VendorFilter | null | undefined;
};

/** A filter to be used against many `Venue` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyVenueFilter = {
  /** Aggregates across related `Venue` match the filter criteria. */
  aggregates?: VenueAggregatesFilter | null | undefined;
  /** Every related `Venue` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VenueFilter | null | undefined;
  /** No related `Venue` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VenueFilter | null | undefined;
  /** Some related `Venue` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VenueFilter | null | undefined;
};

/** A filter to be used against many `WhatsappTemplate` object types. All fields are combined with a logical ‘and.’ */
export type OrganizationToManyWhatsappTemplateFilter = {
  /** Aggregates across related `WhatsappTemplate` match the filter criteria. */
  aggregates?: WhatsappTemplateAggregatesFilter | null | undefined;
  /** Every related `WhatsappTemplate` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: WhatsappTemplateFilter | null | undefined;
  /** No related `WhatsappTemplate` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: WhatsappTemplateFilter | null | undefined;
  /** Some related `WhatsappTemplate` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: WhatsappTemplateFilter | null | undefined;
};

/** A filter to be used against aggregates of `OutboundMessage` object types. */
export type OutboundMessageAggregatesFilter = {
  /** Distinct count aggregate over matching `OutboundMessage` objects. */
  distinctCount?: OutboundMessageDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `OutboundMessage` object to be included within the aggregate. */
  filter?: OutboundMessageFilter | null | undefined;
};

export type OutboundMessageDistinctCountAggregateFilter = {
  bookingId?: BigIntFilter | null | undefined;
  causeId?: BigIntFilter | null | undefined;
  causeKind?: BigIntFilter | null | undefined;
  channel?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  guestId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  recipientId?: BigIntFilter | null | undefined;
  recipientKind?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
  templateKey?: BigIntFilter | null | undefined;
  vendorId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type OutboundMessageFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<OutboundMessageFilter> | null | undefined;
  /** Filter by the object’s `booking` relation. */
  booking?: BookingFilter | null | undefined;
  /** A related `booking` exists. */
  bookingExists?: boolean | null | undefined;
  /** Filter by the object’s `bookingId` field. */
  bookingId?: UuidFilter | null | undefined;
  /** Filter by the object’s `causeId` field. */
  causeId?: UuidFilter | null | undefined;
  /** Filter by the object’s `causeKind` field. */
  causeKind?: StringFilter | null | undefined;
  /** Filter by the object’s `channel` field. */
  channel?: StringFilter | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** A related `event` exists. */
  eventExists?: boolean | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `guest` relation. */
  guest?: GuestFilter | null | undefined;
  /** A related `guest` exists. */
  guestExists?: boolean | null | undefined;
  /** Filter by the object’s `guestId` field. */
  guestId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: OutboundMessageFilter | null | undefined;
  /** Filter by the object’s `optOuts` relation. */
  optOuts?: OutboundMessageToManyCommunicationOptOutFilter | null | undefined;
  /** Some related `optOuts` exist. */
  optOutsExist?: boolean | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<OutboundMessageFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** A related `organization` exists. */
  organizationExists?: boolean | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profile` relation. */
  profile?: ProfileFilter | null | undefined;
  /** A related `profile` exists. */
  profileExists?: boolean | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `recipientId` field. */
  recipientId?: UuidFilter | null | undefined;
  /** Filter by the object’s `recipientKind` field. */
  recipientKind?: StringFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** A related `talent` exists. */
  talentExists?: boolean | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
  /** Filter by the object’s `templateKey` field. */
  templateKey?: StringFilter | null | undefined;
  /** Filter by the object’s `vendor` relation. */
  vendor?: VendorFilter | null | undefined;
  /** A related `vendor` exists. */
  vendorExists?: boolean | null | undefined;
  /** Filter by the object’s `vendorId` field. */
  vendorId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `CommunicationOptOut` object types. All fields are combined with a logical ‘and.’ */
export type OutboundMessageToManyCommunicationOptOutFilter = {
  /** Aggregates across related `CommunicationOptOut` match the filter criteria. */
  aggregates?: CommunicationOptOutAggregatesFilter | null | undefined;
  /** Every related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CommunicationOptOutFilter | null | undefined;
  /** No related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CommunicationOptOutFilter | null | undefined;
  /** Some related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CommunicationOptOutFilter | null | undefined;
};

/** A filter to be used against aggregates of `Payment` object types. */
export type PaymentAggregatesFilter = {
  /** Distinct count aggregate over matching `Payment` objects. */
  distinctCount?: PaymentDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Payment` object to be included within the aggregate. */
  filter?: PaymentFilter | null | undefined;
};

export type PaymentDistinctCountAggregateFilter = {
  bookingId?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  profileId?: BigIntFilter | null | undefined;
  provider?: BigIntFilter | null | undefined;
  providerTransactionId?: BigIntFilter | null | undefined;
  recordedBy?: BigIntFilter | null | undefined;
  refundOf?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Payment` object types. All fields are combined with a logical ‘and.’ */
export type PaymentFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<PaymentFilter> | null | undefined;
  /** Filter by the object’s `booking` relation. */
  booking?: BookingFilter | null | undefined;
  /** Filter by the object’s `bookingId` field. */
  bookingId?: UuidFilter | null | undefined;
  /** Filter by the object’s `buyer` relation. */
  buyer?: ProfileFilter | null | undefined;
  /** A related `buyer` exists. */
  buyerExists?: boolean | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Negates the expression. */
  not?: PaymentFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<PaymentFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `profileId` field. */
  profileId?: UuidFilter | null | undefined;
  /** Filter by the object’s `provider` field. */
  provider?: StringFilter | null | undefined;
  /** Filter by the object’s `providerTransactionId` field. */
  providerTransactionId?: StringFilter | null | undefined;
  /** Filter by the object’s `recordedBy` field. */
  recordedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `recorder` relation. */
  recorder?: ProfileFilter | null | undefined;
  /** A related `recorder` exists. */
  recorderExists?: boolean | null | undefined;
  /** Filter by the object’s `refundOf` field. */
  refundOf?: UuidFilter | null | undefined;
  /** Filter by the object’s `refundedCharge` relation. */
  refundedCharge?: PaymentFilter | null | undefined;
  /** A related `refundedCharge` exists. */
  refundedChargeExists?: boolean | null | undefined;
  /** Filter by the object’s `refunds` relation. */
  refunds?: PaymentToManyPaymentFilter | null | undefined;
  /** Some related `refunds` exist. */
  refundsExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `Payment` object types. All fields are combined with a logical ‘and.’ */
export type PaymentToManyPaymentFilter = {
  /** Aggregates across related `Payment` match the filter criteria. */
  aggregates?: PaymentAggregatesFilter | null | undefined;
  /** Every related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PaymentFilter | null | undefined;
  /** No related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PaymentFilter | null | undefined;
  /** Some related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PaymentFilter | null | undefined;
};

/** A filter to be used against `Profile` object types. All fields are combined with a logical ‘and.’ */
export type ProfileFilter = {
  /** Filter by the object’s `agentRunsByRequestedBy` relation. */
  agentRunsByRequestedBy?: ProfileToManyAgentRunFilter | null | undefined;
  /** Some related `agentRunsByRequestedBy` exist. */
  agentRunsByRequestedByExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<ProfileFilter> | null | undefined;
  /** Filter by the object’s `authSubject` field. */
  authSubject?: StringFilter | null | undefined;
  /** Filter by the object’s `bookings` relation. */
  bookings?: ProfileToManyBookingFilter | null | undefined;
  /** Filter by the object’s `bookingsClosed` relation. */
  bookingsClosed?: ProfileToManyBookingFilter | null | undefined;
  /** Some related `bookingsClosed` exist. */
  bookingsClosedExist?: boolean | null | undefined;
  /** Some related `bookings` exist. */
  bookingsExist?: boolean | null | undefined;
  /** Filter by the object’s `email` field. */
  email?: StringFilter | null | undefined;
  /** Filter by the object’s `emailDraftsApproved` relation. */
  emailDraftsApproved?: ProfileToManyEmailDraftFilter | null | undefined;
  /** Some related `emailDraftsApproved` exist. */
  emailDraftsApprovedExist?: boolean | null | undefined;
  /** Filter by the object’s `emailDraftsRequested` relation. */
  emailDraftsRequested?: ProfileToManyEmailDraftFilter | null | undefined;
  /** Some related `emailDraftsRequested` exist. */
  emailDraftsRequestedExist?: boolean | null | undefined;
  /** Filter by the object’s `eventsByOrganizerId` relation. */
  eventsByOrganizerId?: ProfileToManyEventFilter | null | undefined;
  /** Some related `eventsByOrganizerId` exist. */
  eventsByOrganizerIdExist?: boolean | null | undefined;
  /** Filter by the object’s `guestInvitationsCheckedIn` relation. */
  guestInvitationsCheckedIn?: ProfileToManyGuestInvitationFilter | null | undefined;
  /** Some related `guestInvitationsCheckedIn` exist. */
  guestInvitationsCheckedInExist?: boolean | null | undefined;
  /** Filter by the object’s `guestInvitationsSent` relation. */
  guestInvitationsSent?: ProfileToManyGuestInvitationFilter | null | undefined;
  /** Some related `guestInvitationsSent` exist. */
  guestInvitationsSentExist?: boolean | null | undefined;
  /** Filter by the object’s `invitationsAccepted` relation. */
  invitationsAccepted?: ProfileToManyOrganizationInvitationFilter | null | undefined;
  /** Some related `invitationsAccepted` exist. */
  invitationsAcceptedExist?: boolean | null | undefined;
  /** Filter by the object’s `invitationsRevoked` relation. */
  invitationsRevoked?: ProfileToManyOrganizationInvitationFilter | null | undefined;
  /** Some related `invitationsRevoked` exist. */
  invitationsRevokedExist?: boolean | null | undefined;
  /** Filter by the object’s `invitationsSent` relation. */
  invitationsSent?: ProfileToManyOrganizationInvitationFilter | null | undefined;
  /** Some related `invitationsSent` exist. */
  invitationsSentExist?: boolean | null | undefined;
  /** Filter by the object’s `memberships` relation. */
  memberships?: ProfileToManyMembershipFilter | null | undefined;
  /** Some related `memberships` exist. */
  membershipsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: ProfileFilter | null | undefined;
  /** Filter by the object’s `notifications` relation. */
  notifications?: ProfileToManyNotificationFilter | null | undefined;
  /** Some related `notifications` exist. */
  notificationsExist?: boolean | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ProfileFilter> | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: ProfileToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `payments` relation. */
  payments?: ProfileToManyPaymentFilter | null | undefined;
  /** Some related `payments` exist. */
  paymentsExist?: boolean | null | undefined;
  /** Filter by the object’s `paymentsRecorded` relation. */
  paymentsRecorded?: ProfileToManyPaymentFilter | null | undefined;
  /** Some related `paymentsRecorded` exist. */
  paymentsRecordedExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `seatAssignmentsMade` relation. */
  seatAssignmentsMade?: ProfileToManySeatAssignmentFilter | null | undefined;
  /** Some related `seatAssignmentsMade` exist. */
  seatAssignmentsMadeExist?: boolean | null | undefined;
  /** Filter by the object’s `ticketCheckIns` relation. */
  ticketCheckIns?: ProfileToManyTicketCheckInFilter | null | undefined;
  /** Some related `ticketCheckIns` exist. */
  ticketCheckInsExist?: boolean | null | undefined;
  /** Filter by the object’s `ticketsCheckedIn` relation. */
  ticketsCheckedIn?: ProfileToManyTicketFilter | null | undefined;
  /** Some related `ticketsCheckedIn` exist. */
  ticketsCheckedInExist?: boolean | null | undefined;
};

/** A filter to be used against many `AgentRun` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyAgentRunFilter = {
  /** Aggregates across related `AgentRun` match the filter criteria. */
  aggregates?: AgentRunAggregatesFilter | null | undefined;
  /** Every related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AgentRunFilter | null | undefined;
  /** No related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AgentRunFilter | null | undefined;
  /** Some related `AgentRun` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AgentRunFilter | null | undefined;
};

/** A filter to be used against many `Booking` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyBookingFilter = {
  /** Aggregates across related `Booking` match the filter criteria. */
  aggregates?: BookingAggregatesFilter | null | undefined;
  /** Every related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: BookingFilter | null | undefined;
  /** No related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: BookingFilter | null | undefined;
  /** Some related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: BookingFilter | null | undefined;
};

/** A filter to be used against many `EmailDraft` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyEmailDraftFilter = {
  /** Aggregates across related `EmailDraft` match the filter criteria. */
  aggregates?: EmailDraftAggregatesFilter | null | undefined;
  /** Every related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmailDraftFilter | null | undefined;
  /** No related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmailDraftFilter | null | undefined;
  /** Some related `EmailDraft` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmailDraftFilter | null | undefined;
};

/** A filter to be used against many `Event` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyEventFilter = {
  /** Aggregates across related `Event` match the filter criteria. */
  aggregates?: EventAggregatesFilter | null | undefined;
  /** Every related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventFilter | null | undefined;
  /** No related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventFilter | null | undefined;
  /** Some related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventFilter | null | undefined;
};

/** A filter to be used against many `GuestInvitation` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyGuestInvitationFilter = {
  /** Aggregates across related `GuestInvitation` match the filter criteria. */
  aggregates?: GuestInvitationAggregatesFilter | null | undefined;
  /** Every related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: GuestInvitationFilter | null | undefined;
  /** No related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: GuestInvitationFilter | null | undefined;
  /** Some related `GuestInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: GuestInvitationFilter | null | undefined;
};

/** A filter to be used against many `Membership` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyMembershipFilter = {
  /** Aggregates across related `Membership` match the filter criteria. */
  aggregates?: MembershipAggregatesFilter | null | undefined;
  /** Every related `Membership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: MembershipFilter | null | undefined;
  /** No related `Membership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: MembershipFilter | null | undefined;
  /** Some related `Membership` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: MembershipFilter | null | undefined;
};

/** A filter to be used against many `Notification` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyNotificationFilter = {
  /** Aggregates across related `Notification` match the filter criteria. */
  aggregates?: NotificationAggregatesFilter | null | undefined;
  /** Every related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: NotificationFilter | null | undefined;
  /** No related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: NotificationFilter | null | undefined;
  /** Some related `Notification` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: NotificationFilter | null | undefined;
};

/** A filter to be used against many `OrganizationInvitation` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyOrganizationInvitationFilter = {
  /** Aggregates across related `OrganizationInvitation` match the filter criteria. */
  aggregates?: OrganizationInvitationAggregatesFilter | null | undefined;
  /** Every related `OrganizationInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OrganizationInvitationFilter | null | undefined;
  /** No related `OrganizationInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OrganizationInvitationFilter | null | undefined;
  /** Some related `OrganizationInvitation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OrganizationInvitationFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against many `Payment` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyPaymentFilter = {
  /** Aggregates across related `Payment` match the filter criteria. */
  aggregates?: PaymentAggregatesFilter | null | undefined;
  /** Every related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PaymentFilter | null | undefined;
  /** No related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PaymentFilter | null | undefined;
  /** Some related `Payment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PaymentFilter | null | undefined;
};

/** A filter to be used against many `SeatAssignment` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManySeatAssignmentFilter = {
  /** Aggregates across related `SeatAssignment` match the filter criteria. */
  aggregates?: SeatAssignmentAggregatesFilter | null | undefined;
  /** Every related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SeatAssignmentFilter | null | undefined;
  /** No related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SeatAssignmentFilter | null | undefined;
  /** Some related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SeatAssignmentFilter | null | undefined;
};

/** A filter to be used against many `TicketCheckIn` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyTicketCheckInFilter = {
  /** Aggregates across related `TicketCheckIn` match the filter criteria. */
  aggregates?: TicketCheckInAggregatesFilter | null | undefined;
  /** Every related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketCheckInFilter | null | undefined;
  /** No related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketCheckInFilter | null | undefined;
  /** Some related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketCheckInFilter | null | undefined;
};

/** A filter to be used against many `Ticket` object types. All fields are combined with a logical ‘and.’ */
export type ProfileToManyTicketFilter = {
  /** Aggregates across related `Ticket` match the filter criteria. */
  aggregates?: TicketAggregatesFilter | null | undefined;
  /** Every related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketFilter | null | undefined;
  /** No related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketFilter | null | undefined;
  /** Some related `Ticket` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketFilter | null | undefined;
};

/** A filter to be used against aggregates of `RunwaySchedule` object types. */
export type RunwayScheduleAggregatesFilter = {
  /** Mean average aggregate over matching `RunwaySchedule` objects. */
  average?: RunwayScheduleAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `RunwaySchedule` objects. */
  distinctCount?: RunwayScheduleDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `RunwaySchedule` object to be included within the aggregate. */
  filter?: RunwayScheduleFilter | null | undefined;
  /** Maximum aggregate over matching `RunwaySchedule` objects. */
  max?: RunwayScheduleMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `RunwaySchedule` objects. */
  min?: RunwayScheduleMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `RunwaySchedule` objects. */
  stddevPopulation?: RunwayScheduleStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `RunwaySchedule` objects. */
  stddevSample?: RunwayScheduleStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `RunwaySchedule` objects. */
  sum?: RunwayScheduleSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `RunwaySchedule` objects. */
  variancePopulation?: RunwayScheduleVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `RunwaySchedule` objects. */
  varianceSample?: RunwayScheduleVarianceSampleAggregateFilter | null | undefined;
};

export type RunwayScheduleAverageAggregateFilter = {
  version?: BigFloatFilter | null | undefined;
};

export type RunwayScheduleDistinctCountAggregateFilter = {
  agentRunId?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  version?: BigIntFilter | null | undefined;
};

/** A filter to be used against `RunwaySchedule` object types. All fields are combined with a logical ‘and.’ */
export type RunwayScheduleFilter = {
  /** Filter by the object’s `agentRun` relation. */
  agentRun?: AgentRunFilter | null | undefined;
  /** A related `agentRun` exists. */
  agentRunExists?: boolean | null | undefined;
  /** Filter by the object’s `agentRunId` field. */
  agentRunId?: UuidFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<RunwayScheduleFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: RunwayScheduleFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<RunwayScheduleFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `runwaySlots` relation. */
  runwaySlots?: RunwayScheduleToManyRunwaySlotFilter | null | undefined;
  /** Some related `runwaySlots` exist. */
  runwaySlotsExist?: boolean | null | undefined;
  /** Filter by the object’s `version` field. */
  version?: IntFilter | null | undefined;
};

export type RunwayScheduleMaxAggregateFilter = {
  version?: IntFilter | null | undefined;
};

export type RunwayScheduleMinAggregateFilter = {
  version?: IntFilter | null | undefined;
};

export type RunwayScheduleStddevPopulationAggregateFilter = {
  version?: BigFloatFilter | null | undefined;
};

export type RunwayScheduleStddevSampleAggregateFilter = {
  version?: BigFloatFilter | null | undefined;
};

export type RunwayScheduleSumAggregateFilter = {
  version?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `RunwaySlot` object types. All fields are combined with a logical ‘and.’ */
export type RunwayScheduleToManyRunwaySlotFilter = {
  /** Aggregates across related `RunwaySlot` match the filter criteria. */
  aggregates?: RunwaySlotAggregatesFilter | null | undefined;
  /** Every related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: RunwaySlotFilter | null | undefined;
  /** No related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: RunwaySlotFilter | null | undefined;
  /** Some related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: RunwaySlotFilter | null | undefined;
};

export type RunwayScheduleVariancePopulationAggregateFilter = {
  version?: BigFloatFilter | null | undefined;
};

export type RunwayScheduleVarianceSampleAggregateFilter = {
  version?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `RunwaySlot` object types. */
export type RunwaySlotAggregatesFilter = {
  /** Mean average aggregate over matching `RunwaySlot` objects. */
  average?: RunwaySlotAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `RunwaySlot` objects. */
  distinctCount?: RunwaySlotDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `RunwaySlot` object to be included within the aggregate. */
  filter?: RunwaySlotFilter | null | undefined;
  /** Maximum aggregate over matching `RunwaySlot` objects. */
  max?: RunwaySlotMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `RunwaySlot` objects. */
  min?: RunwaySlotMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `RunwaySlot` objects. */
  stddevPopulation?: RunwaySlotStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `RunwaySlot` objects. */
  stddevSample?: RunwaySlotStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `RunwaySlot` objects. */
  sum?: RunwaySlotSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `RunwaySlot` objects. */
  variancePopulation?: RunwaySlotVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `RunwaySlot` objects. */
  varianceSample?: RunwaySlotVarianceSampleAggregateFilter | null | undefined;
};

export type RunwaySlotAverageAggregateFilter = {
  requiredChangeSeconds?: BigFloatFilter | null | undefined;
  sequence?: BigFloatFilter | null | undefined;
  sinceLastWalkSeconds?: BigFloatFilter | null | undefined;
};

export type RunwaySlotDistinctCountAggregateFilter = {
  lookId?: BigIntFilter | null | undefined;
  modelName?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  plannedAt?: BigIntFilter | null | undefined;
  requiredChangeSeconds?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  scheduleId?: BigIntFilter | null | undefined;
  sequence?: BigIntFilter | null | undefined;
  sinceLastWalkSeconds?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
  warnings?: BigIntFilter | null | undefined;
};

/** A filter to be used against `RunwaySlot` object types. All fields are combined with a logical ‘and.’ */
export type RunwaySlotFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<RunwaySlotFilter> | null | undefined;
  /** Filter by the object’s `look` relation. */
  look?: LookFilter | null | undefined;
  /** A related `look` exists. */
  lookExists?: boolean | null | undefined;
  /** Filter by the object’s `lookId` field. */
  lookId?: UuidFilter | null | undefined;
  /** Filter by the object’s `modelName` field. */
  modelName?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: RunwaySlotFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<RunwaySlotFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `plannedAt` field. */
  plannedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `requiredChangeSeconds` field. */
  requiredChangeSeconds?: IntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `schedule` relation. */
  schedule?: RunwayScheduleFilter | null | undefined;
  /** Filter by the object’s `scheduleId` field. */
  scheduleId?: UuidFilter | null | undefined;
  /** Filter by the object’s `sequence` field. */
  sequence?: IntFilter | null | undefined;
  /** Filter by the object’s `sinceLastWalkSeconds` field. */
  sinceLastWalkSeconds?: IntFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** A related `talent` exists. */
  talentExists?: boolean | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
  /** Filter by the object’s `warnings` field. */
  warnings?: StringListFilter | null | undefined;
};

export type RunwaySlotMaxAggregateFilter = {
  requiredChangeSeconds?: IntFilter | null | undefined;
  sequence?: IntFilter | null | undefined;
  sinceLastWalkSeconds?: IntFilter | null | undefined;
};

export type RunwaySlotMinAggregateFilter = {
  requiredChangeSeconds?: IntFilter | null | undefined;
  sequence?: IntFilter | null | undefined;
  sinceLastWalkSeconds?: IntFilter | null | undefined;
};

export type RunwaySlotStddevPopulationAggregateFilter = {
  requiredChangeSeconds?: BigFloatFilter | null | undefined;
  sequence?: BigFloatFilter | null | undefined;
  sinceLastWalkSeconds?: BigFloatFilter | null | undefined;
};

export type RunwaySlotStddevSampleAggregateFilter = {
  requiredChangeSeconds?: BigFloatFilter | null | undefined;
  sequence?: BigFloatFilter | null | undefined;
  sinceLastWalkSeconds?: BigFloatFilter | null | undefined;
};

export type RunwaySlotSumAggregateFilter = {
  requiredChangeSeconds?: BigIntFilter | null | undefined;
  sequence?: BigIntFilter | null | undefined;
  sinceLastWalkSeconds?: BigIntFilter | null | undefined;
};

export type RunwaySlotVariancePopulationAggregateFilter = {
  requiredChangeSeconds?: BigFloatFilter | null | undefined;
  sequence?: BigFloatFilter | null | undefined;
  sinceLastWalkSeconds?: BigFloatFilter | null | undefined;
};

export type RunwaySlotVarianceSampleAggregateFilter = {
  requiredChangeSeconds?: BigFloatFilter | null | undefined;
  sequence?: BigFloatFilter | null | undefined;
  sinceLastWalkSeconds?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `Seat` object types. */
export type SeatAggregatesFilter = {
  /** Mean average aggregate over matching `Seat` objects. */
  average?: SeatAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Seat` objects. */
  distinctCount?: SeatDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Seat` object to be included within the aggregate. */
  filter?: SeatFilter | null | undefined;
  /** Maximum aggregate over matching `Seat` objects. */
  max?: SeatMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Seat` objects. */
  min?: SeatMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Seat` objects. */
  stddevPopulation?: SeatStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Seat` objects. */
  stddevSample?: SeatStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Seat` objects. */
  sum?: SeatSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Seat` objects. */
  variancePopulation?: SeatVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Seat` objects. */
  varianceSample?: SeatVarianceSampleAggregateFilter | null | undefined;
};

/** A filter to be used against aggregates of `SeatAssignment` object types. */
export type SeatAssignmentAggregatesFilter = {
  /** Distinct count aggregate over matching `SeatAssignment` objects. */
  distinctCount?: SeatAssignmentDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `SeatAssignment` object to be included within the aggregate. */
  filter?: SeatAssignmentFilter | null | undefined;
};

export type SeatAssignmentDistinctCountAggregateFilter = {
  assignedBy?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  invitationId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  plusOne?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  seatId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `SeatAssignment` object types. All fields are combined with a logical ‘and.’ */
export type SeatAssignmentFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<SeatAssignmentFilter> | null | undefined;
  /** Filter by the object’s `assignedBy` field. */
  assignedBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `assigner` relation. */
  assigner?: ProfileFilter | null | undefined;
  /** A related `assigner` exists. */
  assignerExists?: boolean | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `invitation` relation. */
  invitation?: GuestInvitationFilter | null | undefined;
  /** Filter by the object’s `invitationId` field. */
  invitationId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: SeatAssignmentFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SeatAssignmentFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `plusOne` field. */
  plusOne?: BooleanFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `seat` relation. */
  seat?: SeatFilter | null | undefined;
  /** Filter by the object’s `seatId` field. */
  seatId?: UuidFilter | null | undefined;
};

export type SeatAverageAggregateFilter = {
  seatNumber?: BigFloatFilter | null | undefined;
};

export type SeatDistinctCountAggregateFilter = {
  label?: BigIntFilter | null | undefined;
  layoutId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  rowLabel?: BigIntFilter | null | undefined;
  seatNumber?: BigIntFilter | null | undefined;
  section?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Seat` object types. All fields are combined with a logical ‘and.’ */
export type SeatFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<SeatFilter> | null | undefined;
  /** Filter by the object’s `assignments` relation. */
  assignments?: SeatToManySeatAssignmentFilter | null | undefined;
  /** Some related `assignments` exist. */
  assignmentsExist?: boolean | null | undefined;
  /** Filter by the object’s `label` field. */
  label?: StringFilter | null | undefined;
  /** Filter by the object’s `layout` relation. */
  layout?: VenueLayoutFilter | null | undefined;
  /** Filter by the object’s `layoutId` field. */
  layoutId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: SeatFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SeatFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowLabel` field. */
  rowLabel?: StringFilter | null | undefined;
  /** Filter by the object’s `seatNumber` field. */
  seatNumber?: IntFilter | null | undefined;
  /** Filter by the object’s `section` field. */
  section?: StringFilter | null | undefined;
};

export type SeatMaxAggregateFilter = {
  seatNumber?: IntFilter | null | undefined;
};

export type SeatMinAggregateFilter = {
  seatNumber?: IntFilter | null | undefined;
};

export type SeatStddevPopulationAggregateFilter = {
  seatNumber?: BigFloatFilter | null | undefined;
};

export type SeatStddevSampleAggregateFilter = {
  seatNumber?: BigFloatFilter | null | undefined;
};

export type SeatSumAggregateFilter = {
  seatNumber?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `SeatAssignment` object types. All fields are combined with a logical ‘and.’ */
export type SeatToManySeatAssignmentFilter = {
  /** Aggregates across related `SeatAssignment` match the filter criteria. */
  aggregates?: SeatAssignmentAggregatesFilter | null | undefined;
  /** Every related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SeatAssignmentFilter | null | undefined;
  /** No related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SeatAssignmentFilter | null | undefined;
  /** Some related `SeatAssignment` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SeatAssignmentFilter | null | undefined;
};

export type SeatVariancePopulationAggregateFilter = {
  seatNumber?: BigFloatFilter | null | undefined;
};

export type SeatVarianceSampleAggregateFilter = {
  seatNumber?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `Sponsor` object types. */
export type SponsorAggregatesFilter = {
  /** Distinct count aggregate over matching `Sponsor` objects. */
  distinctCount?: SponsorDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Sponsor` object to be included within the aggregate. */
  filter?: SponsorFilter | null | undefined;
};

export type SponsorDistinctCountAggregateFilter = {
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Sponsor` object types. All fields are combined with a logical ‘and.’ */
export type SponsorFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<SponsorFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: SponsorFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SponsorFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `Sponsor` */
export type SponsorInput = {
  /** Agreed amount in whole Colombian pesos. */
  amountCop?: string | null | undefined;
  /** Contact email at the sponsor. */
  contactEmail?: string | null | undefined;
  /** Contact person at the sponsor. */
  contactName?: string | null | undefined;
  /** The event. */
  eventId: string;
  /** Sponsor brand. */
  name: string;
  /** prospect, negotiating, confirmed, paid or declined. */
  status?: string | null | undefined;
  /** title, gold, silver, bronze, partner or in_kind. */
  tier?: string | null | undefined;
};

/** Represents an update to a `Sponsor`. Fields that are set will be updated. */
export type SponsorPatch = {
  /** Agreed amount in whole Colombian pesos. */
  amountCop?: string | null | undefined;
  /** Contact email at the sponsor. */
  contactEmail?: string | null | undefined;
  /** Contact person at the sponsor. */
  contactName?: string | null | undefined;
  /** Sponsor brand. */
  name?: string | null | undefined;
  /** prospect, negotiating, confirmed, paid or declined. */
  status?: string | null | undefined;
  /** title, gold, silver, bronze, partner or in_kind. */
  tier?: string | null | undefined;
};

/** A filter to be used against String fields. All fields are combined with a logical ‘and.’ */
export type StringFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Not equal to the specified value, treating null like an ordinary value (case-insensitive). */
  distinctFromInsensitive?: string | null | undefined;
  /** Ends with the specified string (case-sensitive). */
  endsWith?: string | null | undefined;
  /** Ends with the specified string (case-insensitive). */
  endsWithInsensitive?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Equal to the specified value (case-insensitive). */
  equalToInsensitive?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than the specified value (case-insensitive). */
  greaterThanInsensitive?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Greater than or equal to the specified value (case-insensitive). */
  greaterThanOrEqualToInsensitive?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Included in the specified list (case-insensitive). */
  inInsensitive?: Array<string> | null | undefined;
  /** Contains the specified string (case-sensitive). */
  includes?: string | null | undefined;
  /** Contains the specified string (case-insensitive). */
  includesInsensitive?: string | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than the specified value (case-insensitive). */
  lessThanInsensitive?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Less than or equal to the specified value (case-insensitive). */
  lessThanOrEqualToInsensitive?: string | null | undefined;
  /** Matches the specified pattern (case-sensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  like?: string | null | undefined;
  /** Matches the specified pattern (case-insensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  likeInsensitive?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value (case-insensitive). */
  notDistinctFromInsensitive?: string | null | undefined;
  /** Does not end with the specified string (case-sensitive). */
  notEndsWith?: string | null | undefined;
  /** Does not end with the specified string (case-insensitive). */
  notEndsWithInsensitive?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not equal to the specified value (case-insensitive). */
  notEqualToInsensitive?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
  /** Not included in the specified list (case-insensitive). */
  notInInsensitive?: Array<string> | null | undefined;
  /** Does not contain the specified string (case-sensitive). */
  notIncludes?: string | null | undefined;
  /** Does not contain the specified string (case-insensitive). */
  notIncludesInsensitive?: string | null | undefined;
  /** Does not match the specified pattern (case-sensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  notLike?: string | null | undefined;
  /** Does not match the specified pattern (case-insensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  notLikeInsensitive?: string | null | undefined;
  /** Does not start with the specified string (case-sensitive). */
  notStartsWith?: string | null | undefined;
  /** Does not start with the specified string (case-insensitive). */
  notStartsWithInsensitive?: string | null | undefined;
  /** Starts with the specified string (case-sensitive). */
  startsWith?: string | null | undefined;
  /** Starts with the specified string (case-insensitive). */
  startsWithInsensitive?: string | null | undefined;
};

/** A filter to be used against String List fields. All fields are combined with a logical ‘and.’ */
export type StringListFilter = {
  /** Any array item is equal to the specified value. */
  anyEqualTo?: string | null | undefined;
  /** Any array item is greater than the specified value. */
  anyGreaterThan?: string | null | undefined;
  /** Any array item is greater than or equal to the specified value. */
  anyGreaterThanOrEqualTo?: string | null | undefined;
  /** Any array item is less than the specified value. */
  anyLessThan?: string | null | undefined;
  /** Any array item is less than or equal to the specified value. */
  anyLessThanOrEqualTo?: string | null | undefined;
  /** Any array item is not equal to the specified value. */
  anyNotEqualTo?: string | null | undefined;
  /** Contained by the specified list of values. */
  containedBy?: Array<string | null | undefined> | null | undefined;
  /** Contains the specified list of values. */
  contains?: Array<string | null | undefined> | null | undefined;
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: Array<string | null | undefined> | null | undefined;
  /** Equal to the specified value. */
  equalTo?: Array<string | null | undefined> | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: Array<string | null | undefined> | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: Array<string | null | undefined> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: Array<string | null | undefined> | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: Array<string | null | undefined> | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: Array<string | null | undefined> | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: Array<string | null | undefined> | null | undefined;
  /** Overlaps the specified list of values. */
  overlaps?: Array<string | null | undefined> | null | undefined;
};

/** A filter to be used against aggregates of `Talent` object types. */
export type TalentAggregatesFilter = {
  /** Mean average aggregate over matching `Talent` objects. */
  average?: TalentAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Talent` objects. */
  distinctCount?: TalentDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Talent` object to be included within the aggregate. */
  filter?: TalentFilter | null | undefined;
  /** Maximum aggregate over matching `Talent` objects. */
  max?: TalentMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Talent` objects. */
  min?: TalentMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Talent` objects. */
  stddevPopulation?: TalentStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Talent` objects. */
  stddevSample?: TalentStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Talent` objects. */
  sum?: TalentSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Talent` objects. */
  variancePopulation?: TalentVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Talent` objects. */
  varianceSample?: TalentVarianceSampleAggregateFilter | null | undefined;
};

/** A filter to be used against aggregates of `TalentAvailability` object types. */
export type TalentAvailabilityAggregatesFilter = {
  /** Distinct count aggregate over matching `TalentAvailability` objects. */
  distinctCount?: TalentAvailabilityDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `TalentAvailability` object to be included within the aggregate. */
  filter?: TalentAvailabilityFilter | null | undefined;
};

export type TalentAvailabilityDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  period?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `TalentAvailability` object types. All fields are combined with a logical ‘and.’ */
export type TalentAvailabilityFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TalentAvailabilityFilter> | null | undefined;
  /** Negates the expression. */
  not?: TalentAvailabilityFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TalentAvailabilityFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `period` field. */
  period?: DatetimeRangeFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
};

export type TalentAverageAggregateFilter = {
  heightCm?: BigFloatFilter | null | undefined;
};

/** A condition to be used against `Talent` object types. All fields are tested for equality and combined with a logical ‘and.’ */
export type TalentCondition = {
  /** People with no unavailable or hold period on this day (in the organization's time zone, America/Bogota by default). */
  availableOn?: string | null | undefined;
  /** Home city, ignoring accents and case (`bogota` is Bogotá). */
  city?: string | null | undefined;
  /** Keeps people by their consent (Ley 1581 de 2012). */
  consent?: TalentConsentCondition | null | undefined;
  /** Checks for equality with the object’s `createdAt` field. */
  createdAt?: string | null | undefined;
  /** Checks for equality with the object’s `division` field. */
  division?: string | null | undefined;
  /** true: only people erased on request (habeas data); false: only the others. */
  erased?: boolean | null | undefined;
  /** Checks for equality with the object’s `heightCm` field. */
  heightCm?: number | null | undefined;
  /** Checks for equality with the object’s `organizationId` field. */
  organizationId?: string | null | undefined;
  /** Checks for equality with the object’s `rowId` field. */
  rowId?: string | null | undefined;
  /** Words that must all appear in the name, stage name, agency or city, ignoring accents and case (`maria bogota` finds María in Bogotá). */
  search?: string | null | undefined;
};

/** Whose consent (Ley 1581 de 2012) a roster list keeps. */
export type TalentConsentCondition =
  /** Consent given for some purpose and not withdrawn. */
  | 'ACTIVE'
  /** Active consent to processing by AI agents. */
  | 'AI_PROCESSING'
  /** Active consent to casting by this agency. */
  | 'CASTING'
  /** Active consent to communications by WhatsApp and email. */
  | 'CONTACT'
  /** Active consent to marketing. */
  | 'MARKETING'
  /** No active consent: never given, or withdrawn. */
  | 'NONE';

/** An input for mutations affecting `TalentContactDetail` */
export type TalentContactDetailInput = {
  /** Identity document number. */
  documentNumber?: string | null | undefined;
  /** CC, CE, TI, PA or PPT. */
  documentType?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Guardian's email. */
  guardianEmail?: string | null | undefined;
  /** Guardian of a minor. */
  guardianName?: string | null | undefined;
  /** Guardian's phone. */
  guardianPhone?: string | null | undefined;
  /** Phone (WhatsApp), e.g. +57 300 123 4567. */
  phone?: string | null | undefined;
  /** Agreed to receive WhatsApp messages. */
  whatsappOptIn?: boolean | null | undefined;
};

/** A filter to be used against `TalentContact` object types. All fields are combined with a logical ‘and.’ */
export type TalentContactFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TalentContactFilter> | null | undefined;
  /** Filter by the object’s `email` field. */
  email?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: TalentContactFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TalentContactFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `TalentDetail` */
export type TalentDetailInput = {
  /** Representing agency. */
  agency?: string | null | undefined;
  /** Date of birth (under 18: a guardian contact is required). */
  birthDate?: string | null | undefined;
  /** Bust / chest in cm (30–200). */
  bustCm?: number | null | undefined;
  /** Home city. */
  city?: string | null | undefined;
  /** When consent was given (Ley 1581); with purposes and source. */
  consentGrantedAt?: string | null | undefined;
  /** casting, ai_processing, contact (WhatsApp and email), marketing. */
  consentPurposes?: Array<string | null | undefined> | null | undefined;
  /** signed_form, agency_contract, web_form, email or whatsapp. */
  consentSource?: string | null | undefined;
  /** women, men, non_binary, kids, curve, petite or mature (required). */
  division?: string | null | undefined;
  /** Eye colour. */
  eyeColor?: string | null | undefined;
  /** Legal name (required). */
  fullName?: string | null | undefined;
  /** Gender as the person describes it. */
  gender?: string | null | undefined;
  /** Hair colour. */
  hairColor?: string | null | undefined;
  /** Height in cm (50–230). */
  heightCm?: number | null | undefined;
  /** Hips in cm (30–200). */
  hipsCm?: number | null | undefined;
  /** Instagram handle (@ optional). */
  instagram?: string | null | undefined;
  /** When the measurements were taken. */
  measurementsTakenOn?: string | null | undefined;
  /** Shoe size EU (15–52, halves allowed). */
  shoeEu?: string | null | undefined;
  /** Professional name, if different. */
  stageName?: string | null | undefined;
  /** Waist in cm (30–200). */
  waistCm?: number | null | undefined;
  /** Accepts castings outside their city (default false). */
  willingToTravel?: boolean | null | undefined;
};

export type TalentDistinctCountAggregateFilter = {
  communicationConsent?: BigIntFilter | null | undefined;
  consentActive?: BigIntFilter | null | undefined;
  createdAt?: BigIntFilter | null | undefined;
  division?: BigIntFilter | null | undefined;
  hasAiConsent?: BigIntFilter | null | undefined;
  heightCm?: BigIntFilter | null | undefined;
  isMinor?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Talent` object types. All fields are combined with a logical ‘and.’ */
export type TalentFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TalentFilter> | null | undefined;
  /** Filter by the object’s `communicationConsent` field. */
  communicationConsent?: JsonFilter | null | undefined;
  /** Filter by the object’s `communicationOptOuts` relation. */
  communicationOptOuts?: TalentToManyCommunicationOptOutFilter | null | undefined;
  /** Some related `communicationOptOuts` exist. */
  communicationOptOutsExist?: boolean | null | undefined;
  /** Filter by the object’s `consentActive` field. */
  consentActive?: BooleanFilter | null | undefined;
  /** Filter by the object’s `contact` relation. */
  contact?: TalentContactFilter | null | undefined;
  /** A related `contact` exists. */
  contactExists?: boolean | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `division` field. */
  division?: StringFilter | null | undefined;
  /** Filter by the object’s `hasAiConsent` field. */
  hasAiConsent?: BooleanFilter | null | undefined;
  /** Filter by the object’s `heightCm` field. */
  heightCm?: IntFilter | null | undefined;
  /** Filter by the object’s `inboxMessages` relation. */
  inboxMessages?: TalentToManyInboxMessageFilter | null | undefined;
  /** Some related `inboxMessages` exist. */
  inboxMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `isMinor` field. */
  isMinor?: BooleanFilter | null | undefined;
  /** Filter by the object’s `modelCastings` relation. */
  modelCastings?: TalentToManyModelCastingFilter | null | undefined;
  /** Some related `modelCastings` exist. */
  modelCastingsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: TalentFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TalentFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: TalentToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `photos` relation. */
  photos?: TalentToManyTalentPhotoFilter | null | undefined;
  /** Some related `photos` exist. */
  photosExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `runwaySlots` relation. */
  runwaySlots?: TalentToManyRunwaySlotFilter | null | undefined;
  /** Some related `runwaySlots` exist. */
  runwaySlotsExist?: boolean | null | undefined;
  /** Filter by the object’s `talentAvailability` relation. */
  talentAvailability?: TalentToManyTalentAvailabilityFilter | null | undefined;
  /** Some related `talentAvailability` exist. */
  talentAvailabilityExist?: boolean | null | undefined;
};

/** An input for mutations affecting `TalentImportRow` */
export type TalentImportRowInput = {
  /** Contact, guardian and identity document. */
  contact?: TalentContactDetailInput | null | undefined;
  /** Line number in the file (shown with its problems). */
  line?: number | null | undefined;
  /** The comp card and consent. */
  talent?: TalentDetailInput | null | undefined;
};

export type TalentMaxAggregateFilter = {
  heightCm?: IntFilter | null | undefined;
};

export type TalentMinAggregateFilter = {
  heightCm?: IntFilter | null | undefined;
};

/** Methods to use when ordering `Talent`. */
export type TalentOrderBy =
  | 'COMMUNICATION_OPT_OUTS_COUNT_ASC'
  | 'COMMUNICATION_OPT_OUTS_COUNT_DESC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_CHANNEL_ASC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_CHANNEL_DESC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_MESSAGE_ID_ASC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_MESSAGE_ID_DESC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_RECIPIENT_ID_ASC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_RECIPIENT_ID_DESC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_ROW_ID_ASC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_ROW_ID_DESC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'COMMUNICATION_OPT_OUTS_DISTINCT_COUNT_TALENT_ID_DESC'
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'DIVISION_ASC'
  | 'DIVISION_DESC'
  | 'HEIGHT_CM_ASC'
  | 'HEIGHT_CM_DESC'
  | 'INBOX_MESSAGES_COUNT_ASC'
  | 'INBOX_MESSAGES_COUNT_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_EVENT_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_EVENT_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_GUEST_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_GUEST_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_MODEL_CASTING_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_MODEL_CASTING_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_PROVIDER_MESSAGE_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_PROVIDER_MESSAGE_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_ROW_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_ROW_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_SENT_AT_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_SENT_AT_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_TALENT_ID_DESC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_VENDOR_ID_ASC'
  | 'INBOX_MESSAGES_DISTINCT_COUNT_VENDOR_ID_DESC'
  | 'MODEL_CASTINGS_COUNT_ASC'
  | 'MODEL_CASTINGS_COUNT_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_AGENT_RUN_ID_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_AGENT_RUN_ID_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_BRIEF_ID_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_BRIEF_ID_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_EVENT_ID_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_EVENT_ID_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_ROW_ID_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_ROW_ID_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_STATUS_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_STATUS_DESC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'MODEL_CASTINGS_DISTINCT_COUNT_TALENT_ID_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'NATURAL'
  | 'ORGANIZATION_ID_ASC'
  | 'ORGANIZATION_ID_DESC'
  | 'OUTBOUND_MESSAGES_COUNT_ASC'
  | 'OUTBOUND_MESSAGES_COUNT_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_BOOKING_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_BOOKING_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CAUSE_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CAUSE_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CAUSE_KIND_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CAUSE_KIND_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CHANNEL_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CHANNEL_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CREATED_AT_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_CREATED_AT_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_EVENT_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_EVENT_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_GUEST_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_GUEST_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_PROFILE_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_PROFILE_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_RECIPIENT_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_RECIPIENT_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_RECIPIENT_KIND_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_RECIPIENT_KIND_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_ROW_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_ROW_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_TALENT_ID_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_TEMPLATE_KEY_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_TEMPLATE_KEY_DESC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_VENDOR_ID_ASC'
  | 'OUTBOUND_MESSAGES_DISTINCT_COUNT_VENDOR_ID_DESC'
  | 'PHOTOS_AVERAGE_POSITION_ASC'
  | 'PHOTOS_AVERAGE_POSITION_DESC'
  | 'PHOTOS_COUNT_ASC'
  | 'PHOTOS_COUNT_DESC'
  | 'PHOTOS_DISTINCT_COUNT_FILE_ID_ASC'
  | 'PHOTOS_DISTINCT_COUNT_FILE_ID_DESC'
  | 'PHOTOS_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'PHOTOS_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'PHOTOS_DISTINCT_COUNT_POSITION_ASC'
  | 'PHOTOS_DISTINCT_COUNT_POSITION_DESC'
  | 'PHOTOS_DISTINCT_COUNT_ROW_ID_ASC'
  | 'PHOTOS_DISTINCT_COUNT_ROW_ID_DESC'
  | 'PHOTOS_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'PHOTOS_DISTINCT_COUNT_TALENT_ID_DESC'
  | 'PHOTOS_MAX_POSITION_ASC'
  | 'PHOTOS_MAX_POSITION_DESC'
  | 'PHOTOS_MIN_POSITION_ASC'
  | 'PHOTOS_MIN_POSITION_DESC'
  | 'PHOTOS_STDDEV_POPULATION_POSITION_ASC'
  | 'PHOTOS_STDDEV_POPULATION_POSITION_DESC'
  | 'PHOTOS_STDDEV_SAMPLE_POSITION_ASC'
  | 'PHOTOS_STDDEV_SAMPLE_POSITION_DESC'
  | 'PHOTOS_SUM_POSITION_ASC'
  | 'PHOTOS_SUM_POSITION_DESC'
  | 'PHOTOS_VARIANCE_POPULATION_POSITION_ASC'
  | 'PHOTOS_VARIANCE_POPULATION_POSITION_DESC'
  | 'PHOTOS_VARIANCE_SAMPLE_POSITION_ASC'
  | 'PHOTOS_VARIANCE_SAMPLE_POSITION_DESC'
  | 'PRIMARY_KEY_ASC'
  | 'PRIMARY_KEY_DESC'
  | 'ROW_ID_ASC'
  | 'ROW_ID_DESC'
  | 'RUNWAY_SLOTS_AVERAGE_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_AVERAGE_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_COUNT_ASC'
  | 'RUNWAY_SLOTS_COUNT_DESC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_LOOK_ID_ASC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_LOOK_ID_DESC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_ROW_ID_ASC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_ROW_ID_DESC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_SCHEDULE_ID_ASC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_SCHEDULE_ID_DESC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'RUNWAY_SLOTS_DISTINCT_COUNT_TALENT_ID_DESC'
  | 'RUNWAY_SLOTS_MAX_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_MAX_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_MIN_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_MIN_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_STDDEV_POPULATION_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_STDDEV_POPULATION_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_STDDEV_SAMPLE_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_STDDEV_SAMPLE_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_SUM_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_SUM_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_VARIANCE_POPULATION_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_VARIANCE_POPULATION_SEQUENCE_DESC'
  | 'RUNWAY_SLOTS_VARIANCE_SAMPLE_SEQUENCE_ASC'
  | 'RUNWAY_SLOTS_VARIANCE_SAMPLE_SEQUENCE_DESC'
  | 'TALENT_AVAILABILITY_COUNT_ASC'
  | 'TALENT_AVAILABILITY_COUNT_DESC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_ORGANIZATION_ID_ASC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_ORGANIZATION_ID_DESC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_PERIOD_ASC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_PERIOD_DESC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_ROW_ID_ASC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_ROW_ID_DESC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_TALENT_ID_ASC'
  | 'TALENT_AVAILABILITY_DISTINCT_COUNT_TALENT_ID_DESC';

/** A filter to be used against aggregates of `TalentPhoto` object types. */
export type TalentPhotoAggregatesFilter = {
  /** Mean average aggregate over matching `TalentPhoto` objects. */
  average?: TalentPhotoAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `TalentPhoto` objects. */
  distinctCount?: TalentPhotoDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `TalentPhoto` object to be included within the aggregate. */
  filter?: TalentPhotoFilter | null | undefined;
  /** Maximum aggregate over matching `TalentPhoto` objects. */
  max?: TalentPhotoMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `TalentPhoto` objects. */
  min?: TalentPhotoMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `TalentPhoto` objects. */
  stddevPopulation?: TalentPhotoStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `TalentPhoto` objects. */
  stddevSample?: TalentPhotoStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `TalentPhoto` objects. */
  sum?: TalentPhotoSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `TalentPhoto` objects. */
  variancePopulation?: TalentPhotoVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `TalentPhoto` objects. */
  varianceSample?: TalentPhotoVarianceSampleAggregateFilter | null | undefined;
};

export type TalentPhotoAverageAggregateFilter = {
  position?: BigFloatFilter | null | undefined;
};

export type TalentPhotoDistinctCountAggregateFilter = {
  fileId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  position?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  talentId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `TalentPhoto` object types. All fields are combined with a logical ‘and.’ */
export type TalentPhotoFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TalentPhotoFilter> | null | undefined;
  /** Filter by the object’s `file` relation. */
  file?: FileFilter | null | undefined;
  /** Filter by the object’s `fileId` field. */
  fileId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: TalentPhotoFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TalentPhotoFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `position` field. */
  position?: IntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `talent` relation. */
  talent?: TalentFilter | null | undefined;
  /** Filter by the object’s `talentId` field. */
  talentId?: UuidFilter | null | undefined;
};

export type TalentPhotoMaxAggregateFilter = {
  position?: IntFilter | null | undefined;
};

export type TalentPhotoMinAggregateFilter = {
  position?: IntFilter | null | undefined;
};

export type TalentPhotoStddevPopulationAggregateFilter = {
  position?: BigFloatFilter | null | undefined;
};

export type TalentPhotoStddevSampleAggregateFilter = {
  position?: BigFloatFilter | null | undefined;
};

export type TalentPhotoSumAggregateFilter = {
  position?: BigIntFilter | null | undefined;
};

export type TalentPhotoVariancePopulationAggregateFilter = {
  position?: BigFloatFilter | null | undefined;
};

export type TalentPhotoVarianceSampleAggregateFilter = {
  position?: BigFloatFilter | null | undefined;
};

export type TalentStddevPopulationAggregateFilter = {
  heightCm?: BigFloatFilter | null | undefined;
};

export type TalentStddevSampleAggregateFilter = {
  heightCm?: BigFloatFilter | null | undefined;
};

export type TalentSumAggregateFilter = {
  heightCm?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `CommunicationOptOut` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyCommunicationOptOutFilter = {
  /** Aggregates across related `CommunicationOptOut` match the filter criteria. */
  aggregates?: CommunicationOptOutAggregatesFilter | null | undefined;
  /** Every related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CommunicationOptOutFilter | null | undefined;
  /** No related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CommunicationOptOutFilter | null | undefined;
  /** Some related `CommunicationOptOut` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CommunicationOptOutFilter | null | undefined;
};

/** A filter to be used against many `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyInboxMessageFilter = {
  /** Aggregates across related `InboxMessage` match the filter criteria. */
  aggregates?: InboxMessageAggregatesFilter | null | undefined;
  /** Every related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InboxMessageFilter | null | undefined;
  /** No related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InboxMessageFilter | null | undefined;
  /** Some related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InboxMessageFilter | null | undefined;
};

/** A filter to be used against many `ModelCasting` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyModelCastingFilter = {
  /** Aggregates across related `ModelCasting` match the filter criteria. */
  aggregates?: ModelCastingAggregatesFilter | null | undefined;
  /** Every related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ModelCastingFilter | null | undefined;
  /** No related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ModelCastingFilter | null | undefined;
  /** Some related `ModelCasting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ModelCastingFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against many `RunwaySlot` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyRunwaySlotFilter = {
  /** Aggregates across related `RunwaySlot` match the filter criteria. */
  aggregates?: RunwaySlotAggregatesFilter | null | undefined;
  /** Every related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: RunwaySlotFilter | null | undefined;
  /** No related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: RunwaySlotFilter | null | undefined;
  /** Some related `RunwaySlot` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: RunwaySlotFilter | null | undefined;
};

/** A filter to be used against many `TalentAvailability` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyTalentAvailabilityFilter = {
  /** Aggregates across related `TalentAvailability` match the filter criteria. */
  aggregates?: TalentAvailabilityAggregatesFilter | null | undefined;
  /** Every related `TalentAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TalentAvailabilityFilter | null | undefined;
  /** No related `TalentAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TalentAvailabilityFilter | null | undefined;
  /** Some related `TalentAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TalentAvailabilityFilter | null | undefined;
};

/** A filter to be used against many `TalentPhoto` object types. All fields are combined with a logical ‘and.’ */
export type TalentToManyTalentPhotoFilter = {
  /** Aggregates across related `TalentPhoto` match the filter criteria. */
  aggregates?: TalentPhotoAggregatesFilter | null | undefined;
  /** Every related `TalentPhoto` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TalentPhotoFilter | null | undefined;
  /** No related `TalentPhoto` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TalentPhotoFilter | null | undefined;
  /** Some related `TalentPhoto` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TalentPhotoFilter | null | undefined;
};

export type TalentVariancePopulationAggregateFilter = {
  heightCm?: BigFloatFilter | null | undefined;
};

export type TalentVarianceSampleAggregateFilter = {
  heightCm?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `Ticket` object types. */
export type TicketAggregatesFilter = {
  /** Mean average aggregate over matching `Ticket` objects. */
  average?: TicketAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Ticket` objects. */
  distinctCount?: TicketDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Ticket` object to be included within the aggregate. */
  filter?: TicketFilter | null | undefined;
  /** Maximum aggregate over matching `Ticket` objects. */
  max?: TicketMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Ticket` objects. */
  min?: TicketMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Ticket` objects. */
  stddevPopulation?: TicketStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Ticket` objects. */
  stddevSample?: TicketStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Ticket` objects. */
  sum?: TicketSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Ticket` objects. */
  variancePopulation?: TicketVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Ticket` objects. */
  varianceSample?: TicketVarianceSampleAggregateFilter | null | undefined;
};

export type TicketAverageAggregateFilter = {
  seat?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `TicketCheckIn` object types. */
export type TicketCheckInAggregatesFilter = {
  /** Distinct count aggregate over matching `TicketCheckIn` objects. */
  distinctCount?: TicketCheckInDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `TicketCheckIn` object to be included within the aggregate. */
  filter?: TicketCheckInFilter | null | undefined;
};

export type TicketCheckInDistinctCountAggregateFilter = {
  actorId?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  invitationId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  recordedAt?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  scannedAt?: BigIntFilter | null | undefined;
  ticketId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `TicketCheckIn` object types. All fields are combined with a logical ‘and.’ */
export type TicketCheckInFilter = {
  /** Filter by the object’s `actor` relation. */
  actor?: ProfileFilter | null | undefined;
  /** A related `actor` exists. */
  actorExists?: boolean | null | undefined;
  /** Filter by the object’s `actorId` field. */
  actorId?: UuidFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<TicketCheckInFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `invitation` relation. */
  invitation?: GuestInvitationFilter | null | undefined;
  /** A related `invitation` exists. */
  invitationExists?: boolean | null | undefined;
  /** Filter by the object’s `invitationId` field. */
  invitationId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: TicketCheckInFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TicketCheckInFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `recordedAt` field. */
  recordedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `scannedAt` field. */
  scannedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `ticket` relation. */
  ticket?: TicketFilter | null | undefined;
  /** A related `ticket` exists. */
  ticketExists?: boolean | null | undefined;
  /** Filter by the object’s `ticketId` field. */
  ticketId?: UuidFilter | null | undefined;
};

export type TicketDistinctCountAggregateFilter = {
  bookingId?: BigIntFilter | null | undefined;
  checkedInBy?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  seat?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Ticket` object types. All fields are combined with a logical ‘and.’ */
export type TicketFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TicketFilter> | null | undefined;
  /** Filter by the object’s `booking` relation. */
  booking?: BookingFilter | null | undefined;
  /** Filter by the object’s `bookingId` field. */
  bookingId?: UuidFilter | null | undefined;
  /** Filter by the object’s `checkInStaff` relation. */
  checkInStaff?: ProfileFilter | null | undefined;
  /** A related `checkInStaff` exists. */
  checkInStaffExists?: boolean | null | undefined;
  /** Filter by the object’s `checkIns` relation. */
  checkIns?: TicketToManyTicketCheckInFilter | null | undefined;
  /** Some related `checkIns` exist. */
  checkInsExist?: boolean | null | undefined;
  /** Filter by the object’s `checkedInBy` field. */
  checkedInBy?: UuidFilter | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: TicketFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TicketFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `seat` field. */
  seat?: IntFilter | null | undefined;
};

export type TicketMaxAggregateFilter = {
  seat?: IntFilter | null | undefined;
};

export type TicketMinAggregateFilter = {
  seat?: IntFilter | null | undefined;
};

export type TicketStddevPopulationAggregateFilter = {
  seat?: BigFloatFilter | null | undefined;
};

export type TicketStddevSampleAggregateFilter = {
  seat?: BigFloatFilter | null | undefined;
};

export type TicketSumAggregateFilter = {
  seat?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `TicketTier` object types. */
export type TicketTierAggregatesFilter = {
  /** Mean average aggregate over matching `TicketTier` objects. */
  average?: TicketTierAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `TicketTier` objects. */
  distinctCount?: TicketTierDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `TicketTier` object to be included within the aggregate. */
  filter?: TicketTierFilter | null | undefined;
  /** Maximum aggregate over matching `TicketTier` objects. */
  max?: TicketTierMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `TicketTier` objects. */
  min?: TicketTierMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `TicketTier` objects. */
  stddevPopulation?: TicketTierStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `TicketTier` objects. */
  stddevSample?: TicketTierStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `TicketTier` objects. */
  sum?: TicketTierSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `TicketTier` objects. */
  variancePopulation?: TicketTierVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `TicketTier` objects. */
  varianceSample?: TicketTierVarianceSampleAggregateFilter | null | undefined;
};

export type TicketTierAverageAggregateFilter = {
  availableCount?: BigFloatFilter | null | undefined;
  paidCount?: BigFloatFilter | null | undefined;
  reservedCount?: BigFloatFilter | null | undefined;
};

export type TicketTierDistinctCountAggregateFilter = {
  availableCount?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  name?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  paidCount?: BigIntFilter | null | undefined;
  reservedCount?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `TicketTier` object types. All fields are combined with a logical ‘and.’ */
export type TicketTierFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<TicketTierFilter> | null | undefined;
  /** Filter by the object’s `availableCount` field. */
  availableCount?: IntFilter | null | undefined;
  /** Filter by the object’s `bookings` relation. */
  bookings?: TicketTierToManyBookingFilter | null | undefined;
  /** Some related `bookings` exist. */
  bookingsExist?: boolean | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `name` field. */
  name?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: TicketTierFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<TicketTierFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `paidCount` field. */
  paidCount?: IntFilter | null | undefined;
  /** Filter by the object’s `reservedCount` field. */
  reservedCount?: IntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `TicketTier` */
export type TicketTierInput = {
  /** What the ticket includes. */
  description?: string | null | undefined;
  /** The event. */
  eventId: string;
  /** Most tickets one booking may hold (1 to 50, default 10). */
  maxPerOrder?: number | null | undefined;
  /** Tier name, e.g. General, VIP, Front Row. */
  name: string;
  /** Price per ticket in whole Colombian pesos. */
  priceCop: string;
  /** Tickets available in total. */
  quantity: number;
  /** When sales close (null: until the event starts). */
  salesEndAt?: string | null | undefined;
  /** When sales open (null: already open). */
  salesStartAt?: string | null | undefined;
};

export type TicketTierMaxAggregateFilter = {
  availableCount?: IntFilter | null | undefined;
  paidCount?: IntFilter | null | undefined;
  reservedCount?: IntFilter | null | undefined;
};

export type TicketTierMinAggregateFilter = {
  availableCount?: IntFilter | null | undefined;
  paidCount?: IntFilter | null | undefined;
  reservedCount?: IntFilter | null | undefined;
};

/** Represents an update to a `TicketTier`. Fields that are set will be updated. */
export type TicketTierPatch = {
  /** What the ticket includes. */
  description?: string | null | undefined;
  /** Most tickets one booking may hold (1 to 50, default 10). */
  maxPerOrder?: number | null | undefined;
  /** Tier name, e.g. General, VIP, Front Row. */
  name?: string | null | undefined;
  /** Price per ticket in whole Colombian pesos. */
  priceCop?: string | null | undefined;
  /** Tickets available in total. */
  quantity?: number | null | undefined;
  /** When sales close (null: until the event starts). */
  salesEndAt?: string | null | undefined;
  /** When sales open (null: already open). */
  salesStartAt?: string | null | undefined;
};

export type TicketTierStddevPopulationAggregateFilter = {
  availableCount?: BigFloatFilter | null | undefined;
  paidCount?: BigFloatFilter | null | undefined;
  reservedCount?: BigFloatFilter | null | undefined;
};

export type TicketTierStddevSampleAggregateFilter = {
  availableCount?: BigFloatFilter | null | undefined;
  paidCount?: BigFloatFilter | null | undefined;
  reservedCount?: BigFloatFilter | null | undefined;
};

export type TicketTierSumAggregateFilter = {
  availableCount?: BigIntFilter | null | undefined;
  paidCount?: BigIntFilter | null | undefined;
  reservedCount?: BigIntFilter | null | undefined;
};

/** A filter to be used against many `Booking` object types. All fields are combined with a logical ‘and.’ */
export type TicketTierToManyBookingFilter = {
  /** Aggregates across related `Booking` match the filter criteria. */
  aggregates?: BookingAggregatesFilter | null | undefined;
  /** Every related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: BookingFilter | null | undefined;
  /** No related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: BookingFilter | null | undefined;
  /** Some related `Booking` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: BookingFilter | null | undefined;
};

export type TicketTierVariancePopulationAggregateFilter = {
  availableCount?: BigFloatFilter | null | undefined;
  paidCount?: BigFloatFilter | null | undefined;
  reservedCount?: BigFloatFilter | null | undefined;
};

export type TicketTierVarianceSampleAggregateFilter = {
  availableCount?: BigFloatFilter | null | undefined;
  paidCount?: BigFloatFilter | null | undefined;
  reservedCount?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `TicketCheckIn` object types. All fields are combined with a logical ‘and.’ */
export type TicketToManyTicketCheckInFilter = {
  /** Aggregates across related `TicketCheckIn` match the filter criteria. */
  aggregates?: TicketCheckInAggregatesFilter | null | undefined;
  /** Every related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: TicketCheckInFilter | null | undefined;
  /** No related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: TicketCheckInFilter | null | undefined;
  /** Some related `TicketCheckIn` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: TicketCheckInFilter | null | undefined;
};

export type TicketVariancePopulationAggregateFilter = {
  seat?: BigFloatFilter | null | undefined;
};

export type TicketVarianceSampleAggregateFilter = {
  seat?: BigFloatFilter | null | undefined;
};

/** A filter to be used against UUID fields. All fields are combined with a logical ‘and.’ */
export type UuidFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against aggregates of `Vendor` object types. */
export type VendorAggregatesFilter = {
  /** Mean average aggregate over matching `Vendor` objects. */
  average?: VendorAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Vendor` objects. */
  distinctCount?: VendorDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Vendor` object to be included within the aggregate. */
  filter?: VendorFilter | null | undefined;
  /** Maximum aggregate over matching `Vendor` objects. */
  max?: VendorMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Vendor` objects. */
  min?: VendorMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Vendor` objects. */
  stddevPopulation?: VendorStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Vendor` objects. */
  stddevSample?: VendorStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Vendor` objects. */
  sum?: VendorSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Vendor` objects. */
  variancePopulation?: VendorVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Vendor` objects. */
  varianceSample?: VendorVarianceSampleAggregateFilter | null | undefined;
};

/** A filter to be used against aggregates of `VendorAvailability` object types. */
export type VendorAvailabilityAggregatesFilter = {
  /** Distinct count aggregate over matching `VendorAvailability` objects. */
  distinctCount?: VendorAvailabilityDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `VendorAvailability` object to be included within the aggregate. */
  filter?: VendorAvailabilityFilter | null | undefined;
};

export type VendorAvailabilityDistinctCountAggregateFilter = {
  eventId?: BigIntFilter | null | undefined;
  firstDay?: BigIntFilter | null | undefined;
  lastDay?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  period?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  vendorId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `VendorAvailability` object types. All fields are combined with a logical ‘and.’ */
export type VendorAvailabilityFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<VendorAvailabilityFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** A related `event` exists. */
  eventExists?: boolean | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Filter by the object’s `firstDay` field. */
  firstDay?: DateFilter | null | undefined;
  /** Filter by the object’s `lastDay` field. */
  lastDay?: DateFilter | null | undefined;
  /** Negates the expression. */
  not?: VendorAvailabilityFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<VendorAvailabilityFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `period` field. */
  period?: DatetimeRangeFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `vendor` relation. */
  vendor?: VendorFilter | null | undefined;
  /** Filter by the object’s `vendorId` field. */
  vendorId?: UuidFilter | null | undefined;
};

export type VendorAverageAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

export type VendorDistinctCountAggregateFilter = {
  category?: BigIntFilter | null | undefined;
  city?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  pastRating?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Vendor` object types. All fields are combined with a logical ‘and.’ */
export type VendorFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<VendorFilter> | null | undefined;
  /** Filter by the object’s `availability` relation. */
  availability?: VendorToManyVendorAvailabilityFilter | null | undefined;
  /** Some related `availability` exist. */
  availabilityExist?: boolean | null | undefined;
  /** Filter by the object’s `category` field. */
  category?: StringFilter | null | undefined;
  /** Filter by the object’s `city` field. */
  city?: StringFilter | null | undefined;
  /** Filter by the object’s `inboxMessages` relation. */
  inboxMessages?: VendorToManyInboxMessageFilter | null | undefined;
  /** Some related `inboxMessages` exist. */
  inboxMessagesExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: VendorFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<VendorFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `outboundMessages` relation. */
  outboundMessages?: VendorToManyOutboundMessageFilter | null | undefined;
  /** Some related `outboundMessages` exist. */
  outboundMessagesExist?: boolean | null | undefined;
  /** Filter by the object’s `pastRating` field. */
  pastRating?: BigFloatFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `vendorRecommendations` relation. */
  vendorRecommendations?: VendorToManyVendorRecommendationFilter | null | undefined;
  /** Some related `vendorRecommendations` exist. */
  vendorRecommendationsExist?: boolean | null | undefined;
};

/** An input for mutations affecting `Vendor` */
export type VendorInput = {
  /** How many guests it can serve at one event (catering, security, sound…); null: not limited or not known. */
  capacity?: number | null | undefined;
  /** catering, lighting, sound, staging, security, photography, video, hair_makeup, models_agency, transport, printing or other. */
  category: string;
  /** City where the vendor operates. */
  city: string;
  /** Business email. */
  contactEmail?: string | null | undefined;
  /** Business contact person. */
  contactName?: string | null | undefined;
  /** Business phone. */
  contactPhone?: string | null | undefined;
  /** Business name. */
  name: string;
  /** Internal notes. */
  notes?: string | null | undefined;
  /** Organization that keeps this vendor record. */
  organizationId: string;
  /** Highest typical price in whole Colombian pesos. */
  priceMaxCop?: string | null | undefined;
  /** Lowest typical price in whole Colombian pesos. */
  priceMinCop?: string | null | undefined;
  /** Rating from 0 to 5. */
  rating?: string | null | undefined;
  /** Works outside its city (travel paid by the event): shortlisted for events in any city. */
  travels?: boolean | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

export type VendorMaxAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

export type VendorMinAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

/** Represents an update to a `Vendor`. Fields that are set will be updated. */
export type VendorPatch = {
  /** How many guests it can serve at one event (catering, security, sound…); null: not limited or not known. */
  capacity?: number | null | undefined;
  /** catering, lighting, sound, staging, security, photography, video, hair_makeup, models_agency, transport, printing or other. */
  category?: string | null | undefined;
  /** City where the vendor operates. */
  city?: string | null | undefined;
  /** Business email. */
  contactEmail?: string | null | undefined;
  /** Business contact person. */
  contactName?: string | null | undefined;
  /** Business phone. */
  contactPhone?: string | null | undefined;
  /** Business name. */
  name?: string | null | undefined;
  /** Internal notes. */
  notes?: string | null | undefined;
  /** Highest typical price in whole Colombian pesos. */
  priceMaxCop?: string | null | undefined;
  /** Lowest typical price in whole Colombian pesos. */
  priceMinCop?: string | null | undefined;
  /** Rating from 0 to 5. */
  rating?: string | null | undefined;
  /** Works outside its city (travel paid by the event): shortlisted for events in any city. */
  travels?: boolean | null | undefined;
  /** Website URL. */
  website?: string | null | undefined;
};

/** A filter to be used against aggregates of `VendorRecommendation` object types. */
export type VendorRecommendationAggregatesFilter = {
  /** Distinct count aggregate over matching `VendorRecommendation` objects. */
  distinctCount?: VendorRecommendationDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `VendorRecommendation` object to be included within the aggregate. */
  filter?: VendorRecommendationFilter | null | undefined;
};

export type VendorRecommendationDistinctCountAggregateFilter = {
  agentRunId?: BigIntFilter | null | undefined;
  eventId?: BigIntFilter | null | undefined;
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  vendorId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `VendorRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type VendorRecommendationFilter = {
  /** Filter by the object’s `agentRun` relation. */
  agentRun?: AgentRunFilter | null | undefined;
  /** A related `agentRun` exists. */
  agentRunExists?: boolean | null | undefined;
  /** Filter by the object’s `agentRunId` field. */
  agentRunId?: UuidFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<VendorRecommendationFilter> | null | undefined;
  /** Filter by the object’s `event` relation. */
  event?: EventFilter | null | undefined;
  /** Filter by the object’s `eventId` field. */
  eventId?: UuidFilter | null | undefined;
  /** Negates the expression. */
  not?: VendorRecommendationFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<VendorRecommendationFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `vendor` relation. */
  vendor?: VendorFilter | null | undefined;
  /** Filter by the object’s `vendorId` field. */
  vendorId?: UuidFilter | null | undefined;
};

/** Represents an update to a `VendorRecommendation`. Fields that are set will be updated. */
export type VendorRecommendationPatch = {
  /** The price agreed with the vendor, in COP (whole pesos), once quoted or booked; a booked vendor without one counts at its minimum price in the budget check. */
  agreedPriceCop?: string | null | undefined;
  /** How the booked vendor did at this event, 1 to 5 stars (set after the event): the vendor's rating from past events. */
  rating?: number | null | undefined;
  /** What went well or badly, for the next producer. */
  ratingNote?: string | null | undefined;
  /** suggested (by the agent or a producer), contacted (a quote was requested), booked (hired: the vendor is marked unavailable for the event's dates) or rejected (declined). */
  status?: string | null | undefined;
};

export type VendorStddevPopulationAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

export type VendorStddevSampleAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

export type VendorSumAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `InboxMessage` object types. All fields are combined with a logical ‘and.’ */
export type VendorToManyInboxMessageFilter = {
  /** Aggregates across related `InboxMessage` match the filter criteria. */
  aggregates?: InboxMessageAggregatesFilter | null | undefined;
  /** Every related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: InboxMessageFilter | null | undefined;
  /** No related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: InboxMessageFilter | null | undefined;
  /** Some related `InboxMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: InboxMessageFilter | null | undefined;
};

/** A filter to be used against many `OutboundMessage` object types. All fields are combined with a logical ‘and.’ */
export type VendorToManyOutboundMessageFilter = {
  /** Aggregates across related `OutboundMessage` match the filter criteria. */
  aggregates?: OutboundMessageAggregatesFilter | null | undefined;
  /** Every related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: OutboundMessageFilter | null | undefined;
  /** No related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: OutboundMessageFilter | null | undefined;
  /** Some related `OutboundMessage` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: OutboundMessageFilter | null | undefined;
};

/** A filter to be used against many `VendorAvailability` object types. All fields are combined with a logical ‘and.’ */
export type VendorToManyVendorAvailabilityFilter = {
  /** Aggregates across related `VendorAvailability` match the filter criteria. */
  aggregates?: VendorAvailabilityAggregatesFilter | null | undefined;
  /** Every related `VendorAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VendorAvailabilityFilter | null | undefined;
  /** No related `VendorAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VendorAvailabilityFilter | null | undefined;
  /** Some related `VendorAvailability` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VendorAvailabilityFilter | null | undefined;
};

/** A filter to be used against many `VendorRecommendation` object types. All fields are combined with a logical ‘and.’ */
export type VendorToManyVendorRecommendationFilter = {
  /** Aggregates across related `VendorRecommendation` match the filter criteria. */
  aggregates?: VendorRecommendationAggregatesFilter | null | undefined;
  /** Every related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VendorRecommendationFilter | null | undefined;
  /** No related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VendorRecommendationFilter | null | undefined;
  /** Some related `VendorRecommendation` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VendorRecommendationFilter | null | undefined;
};

export type VendorVariancePopulationAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

export type VendorVarianceSampleAggregateFilter = {
  pastRating?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `Venue` object types. */
export type VenueAggregatesFilter = {
  /** Distinct count aggregate over matching `Venue` objects. */
  distinctCount?: VenueDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Venue` object to be included within the aggregate. */
  filter?: VenueFilter | null | undefined;
};

export type VenueDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Venue` object types. All fields are combined with a logical ‘and.’ */
export type VenueFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<VenueFilter> | null | undefined;
  /** Filter by the object’s `events` relation. */
  events?: VenueToManyEventFilter | null | undefined;
  /** Some related `events` exist. */
  eventsExist?: boolean | null | undefined;
  /** Filter by the object’s `layouts` relation. */
  layouts?: VenueToManyVenueLayoutFilter | null | undefined;
  /** Some related `layouts` exist. */
  layoutsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: VenueFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<VenueFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

/** An input for mutations affecting `Venue` */
export type VenueInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** Maximum audience. */
  capacity?: number | null | undefined;
  /** City, e.g. Bogotá or Medellín. */
  city: string;
  /** How the space is laid out for a show (runway length, backstage, load-in, seating), up to 5,000 characters. */
  layoutNotes?: string | null | undefined;
  /** Venue name, e.g. Ágora Bogotá. */
  name: string;
  /** Organization that manages this venue record. */
  organizationId: string;
};

/** A filter to be used against aggregates of `VenueLayout` object types. */
export type VenueLayoutAggregatesFilter = {
  /** Distinct count aggregate over matching `VenueLayout` objects. */
  distinctCount?: VenueLayoutDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `VenueLayout` object to be included within the aggregate. */
  filter?: VenueLayoutFilter | null | undefined;
};

export type VenueLayoutDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  venueId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `VenueLayout` object types. All fields are combined with a logical ‘and.’ */
export type VenueLayoutFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<VenueLayoutFilter> | null | undefined;
  /** Filter by the object’s `events` relation. */
  events?: VenueLayoutToManyEventFilter | null | undefined;
  /** Some related `events` exist. */
  eventsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: VenueLayoutFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<VenueLayoutFilter> | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
  /** Filter by the object’s `seats` relation. */
  seats?: VenueLayoutToManySeatFilter | null | undefined;
  /** Some related `seats` exist. */
  seatsExist?: boolean | null | undefined;
  /** Filter by the object’s `venue` relation. */
  venue?: VenueFilter | null | undefined;
  /** Filter by the object’s `venueId` field. */
  venueId?: UuidFilter | null | undefined;
};

/** A filter to be used against many `Event` object types. All fields are combined with a logical ‘and.’ */
export type VenueLayoutToManyEventFilter = {
  /** Aggregates across related `Event` match the filter criteria. */
  aggregates?: EventAggregatesFilter | null | undefined;
  /** Every related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventFilter | null | undefined;
  /** No related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventFilter | null | undefined;
  /** Some related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventFilter | null | undefined;
};

/** A filter to be used against many `Seat` object types. All fields are combined with a logical ‘and.’ */
export type VenueLayoutToManySeatFilter = {
  /** Aggregates across related `Seat` match the filter criteria. */
  aggregates?: SeatAggregatesFilter | null | undefined;
  /** Every related `Seat` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: SeatFilter | null | undefined;
  /** No related `Seat` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: SeatFilter | null | undefined;
  /** Some related `Seat` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: SeatFilter | null | undefined;
};

/** Represents an update to a `Venue`. Fields that are set will be updated. */
export type VenuePatch = {
  /** Street address. */
  address?: string | null | undefined;
  /** Maximum audience. */
  capacity?: number | null | undefined;
  /** City, e.g. Bogotá or Medellín. */
  city?: string | null | undefined;
  /** How the space is laid out for a show (runway length, backstage, load-in, seating), up to 5,000 characters. */
  layoutNotes?: string | null | undefined;
  /** Venue name, e.g. Ágora Bogotá. */
  name?: string | null | undefined;
};

/** A filter to be used against many `Event` object types. All fields are combined with a logical ‘and.’ */
export type VenueToManyEventFilter = {
  /** Aggregates across related `Event` match the filter criteria. */
  aggregates?: EventAggregatesFilter | null | undefined;
  /** Every related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EventFilter | null | undefined;
  /** No related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EventFilter | null | undefined;
  /** Some related `Event` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EventFilter | null | undefined;
};

/** A filter to be used against many `VenueLayout` object types. All fields are combined with a logical ‘and.’ */
export type VenueToManyVenueLayoutFilter = {
  /** Aggregates across related `VenueLayout` match the filter criteria. */
  aggregates?: VenueLayoutAggregatesFilter | null | undefined;
  /** Every related `VenueLayout` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: VenueLayoutFilter | null | undefined;
  /** No related `VenueLayout` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: VenueLayoutFilter | null | undefined;
  /** Some related `VenueLayout` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: VenueLayoutFilter | null | undefined;
};

/** A filter to be used against aggregates of `WhatsappTemplate` object types. */
export type WhatsappTemplateAggregatesFilter = {
  /** Distinct count aggregate over matching `WhatsappTemplate` objects. */
  distinctCount?: WhatsappTemplateDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `WhatsappTemplate` object to be included within the aggregate. */
  filter?: WhatsappTemplateFilter | null | undefined;
};

export type WhatsappTemplateDistinctCountAggregateFilter = {
  organizationId?: BigIntFilter | null | undefined;
  purpose?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `WhatsappTemplate` object types. All fields are combined with a logical ‘and.’ */
export type WhatsappTemplateFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<WhatsappTemplateFilter> | null | undefined;
  /** Negates the expression. */
  not?: WhatsappTemplateFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<WhatsappTemplateFilter> | null | undefined;
  /** Filter by the object’s `organization` relation. */
  organization?: OrganizationFilter | null | undefined;
  /** Filter by the object’s `organizationId` field. */
  organizationId?: UuidFilter | null | undefined;
  /** Filter by the object’s `purpose` field. */
  purpose?: StringFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: UuidFilter | null | undefined;
};

export type CompleteRegistrationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type CompleteRegistrationMutation = { completeRegistration: { result: string | null } | null };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { result: { rowId: string, email: string, emailVerifiedAt: string | null } | null } | null };

export type ResendEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailVerificationMutation = { resendEmailVerification: { result: boolean | null } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { result: { rowId: string, role: string, organization: { rowId: string, name: string, slug: string } | null } | null } | null };

export type AiActivityQueryVariables = Exact<{
  organizationId: string;
  since: string;
}>;


export type AiActivityQuery = { agentRuns: { totalCount: number, nodes: Array<{ id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null, event: { rowId: string, title: string } | null } | null> } | null, aiUsage: { calls: string | null, failures: string | null, errorRate: string | null, tokens: string | null, costUsd: string | null } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { authenticate: { result: string | null } | null };

export type RegisterMutationVariables = Exact<{
  email: string;
  password: string;
  fullName: string;
  locale?: string;
}>;


export type RegisterMutation = { register: { result: boolean | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { result: boolean | null } | null };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: { result: number | null } | null };

export type CurrentProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentProfileQuery = { currentProfile: { id: string, rowId: string, email: string, fullName: string, avatarUrl: string | null, locale: string, emailVerifiedAt: string | null, memberships: { nodes: Array<{ rowId: string, role: string, organization: { id: string, rowId: string, name: string, slug: string, city: string | null, country: string, timezone: string, currency: string, logo: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null> } } | null };

export type ProfileSummaryFragment = { id: string, rowId: string, email: string, fullName: string, avatarUrl: string | null, locale: string, emailVerifiedAt: string | null };

export type OrganizationSummaryFragment = { id: string, rowId: string, name: string, slug: string, city: string | null, country: string, timezone: string, currency: string, logo: { id: string, rowId: string, thumbnailUrl: string } | null };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { result: boolean | null } | null };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: { result: boolean | null } | null };

export type PublicEventQueryVariables = Exact<{
  rowId: string;
}>;


export type PublicEventQuery = { event: { rowId: string, title: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, isPublic: boolean, cover: { id: string, rowId: string, url: string } | null, venue: { name: string, city: string } | null, ticketTiers: { nodes: Array<{ rowId: string, name: string, description: string | null, priceCop: string, maxPerOrder: number, availableCount: number | null, salesStartAt: string | null, salesEndAt: string | null } | null> } } | null };

export type BookTicketsMutationVariables = Exact<{
  tierId: string;
  quantity: number;
  buyerName: string;
  buyerEmail: string;
}>;


export type BookTicketsMutation = { bookTickets: { result: { accessToken: string | null, booking: { rowId: string, reference: string, status: string, quantity: number, totalCop: string, expiresAt: string | null } | null } | null } | null };

export type BookingPageQueryVariables = Exact<{
  accessToken: string;
}>;


export type BookingPageQuery = { bookingByAccessToken: { bookingId: string | null, reference: string | null, status: string | null, quantity: number | null, totalCop: string | null, expiresAt: string | null, confirmedAt: string | null, buyerName: string | null, buyerEmail: string | null, tierName: string | null, priceCop: string | null, eventId: string | null, eventTitle: string | null, eventStartsAt: string | null, eventTimezone: string | null, venueName: string | null, venueCity: string | null, lastPaymentStatus: string | null, refundDue: boolean | null } | null, bookingPasses: { nodes: Array<{ code: string | null, seat: number | null, seats: number | null, status: string | null, checkedInAt: string | null, holderName: string | null, tierName: string | null, reference: string | null, eventId: string | null, eventTitle: string | null, eventStartsAt: string | null, eventEndsAt: string | null, eventTimezone: string | null, venueName: string | null, venueAddress: string | null, venueCity: string | null } | null> } | null };

export type TicketPageQueryVariables = Exact<{
  code: string;
}>;


export type TicketPageQuery = { ticketByCode: { code: string | null, seat: number | null, seats: number | null, status: string | null, checkedInAt: string | null, holderName: string | null, tierName: string | null, reference: string | null, eventId: string | null, eventTitle: string | null, eventStartsAt: string | null, eventEndsAt: string | null, eventTimezone: string | null, venueName: string | null, venueAddress: string | null, venueCity: string | null } | null };

export type TicketPassFieldsFragment = { code: string | null, seat: number | null, seats: number | null, status: string | null, checkedInAt: string | null, holderName: string | null, tierName: string | null, reference: string | null, eventId: string | null, eventTitle: string | null, eventStartsAt: string | null, eventEndsAt: string | null, eventTimezone: string | null, venueName: string | null, venueAddress: string | null, venueCity: string | null };

export type DoorEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type DoorEventsQuery = { events: { nodes: Array<{ rowId: string, title: string, startsAt: string, timezone: string, status: string } | null> } | null };

export type DoorCountsQueryVariables = Exact<{
  eventId: string;
}>;


export type DoorCountsQuery = { event: { rowId: string, title: string, startsAt: string, timezone: string, validTicketCount: number | null } | null, checkInCounts: { nodes: Array<{ gate: string | null, entries: number | null } | null> } | null };

export type CheckInTicketMutationVariables = Exact<{
  code: string;
  gate: string;
  eventId?: string | null | undefined;
  scannedAt?: string | null | undefined;
  deviceId?: string | null | undefined;
}>;


export type CheckInTicketMutation = { checkInTicket: { result: { outcome: string | null, ticketId: string | null, seat: number | null, seats: number | null, holderName: string | null, tierName: string | null, eventId: string | null, eventTitle: string | null, checkedInAt: string | null, checkedInGate: string | null, bookingStatus: string | null, invitationId: string | null, guestCategory: string | null, guestTier: string | null, seatLabels: Array<string | null> | null } | null } | null };

export type CheckInTicketByHandMutationVariables = Exact<{
  ticketId: string;
  gate: string;
}>;


export type CheckInTicketByHandMutation = { checkInTicketByHand: { result: { outcome: string | null, ticketId: string | null, seat: number | null, seats: number | null, holderName: string | null, tierName: string | null, eventId: string | null, eventTitle: string | null, checkedInAt: string | null, checkedInGate: string | null, bookingStatus: string | null, invitationId: string | null, guestCategory: string | null, guestTier: string | null, seatLabels: Array<string | null> | null } | null } | null };

export type RevokeCheckInMutationVariables = Exact<{
  ticketId: string;
  reason?: string | null | undefined;
}>;


export type RevokeCheckInMutation = { revokeCheckIn: { result: { rowId: string, checkedInAt: string | null } | null } | null };

export type CheckInFieldsFragment = { outcome: string | null, ticketId: string | null, seat: number | null, seats: number | null, holderName: string | null, tierName: string | null, eventId: string | null, eventTitle: string | null, checkedInAt: string | null, checkedInGate: string | null, bookingStatus: string | null, invitationId: string | null, guestCategory: string | null, guestTier: string | null, seatLabels: Array<string | null> | null };

export type SearchAttendeesQueryVariables = Exact<{
  eventId: string;
  search: string;
}>;


export type SearchAttendeesQuery = { eventAttendees: { nodes: Array<{ rowId: string, seat: number, checkedInAt: string | null, checkedInGate: string | null, booking: { rowId: string, buyerName: string, reference: string, quantity: number, tier: { name: string } | null } | null } | null> } | null };

export type BoxOfficeQueryVariables = Exact<{
  eventId: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type BoxOfficeQuery = { event: { rowId: string, title: string, startsAt: string, timezone: string, ticketTiers: { nodes: Array<{ rowId: string, name: string, priceCop: string, quantity: number, maxPerOrder: number, paidCount: number | null, reservedCount: number | null, availableCount: number | null } | null> }, paidBookings: { aggregates: { sum: { totalCop: string, quantity: string } | null } | null }, bookings: { totalCount: number, nodes: Array<{ rowId: string, reference: string, buyerName: string, buyerEmail: string, quantity: number, totalCop: string, status: string, currentStatus: string | null, expiresAt: string | null, createdAt: string, confirmedAt: string | null, closedAt: string | null, closeReason: string | null, paymentProvider: string | null, tier: { name: string } | null, payments: { nodes: Array<{ rowId: string, kind: string, status: string, reason: string | null, amountInCents: string, paymentMethodType: string | null, createdAt: string, settledAt: string | null } | null> } } | null> } } | null, eventRefundsOwed: { nodes: Array<{ rowId: string, reason: string | null, amountInCents: string, createdAt: string, booking: { rowId: string, reference: string, buyerName: string } | null } | null> } | null };

export type BoxOfficeBookingFragment = { rowId: string, reference: string, buyerName: string, buyerEmail: string, quantity: number, totalCop: string, status: string, currentStatus: string | null, expiresAt: string | null, createdAt: string, confirmedAt: string | null, closedAt: string | null, closeReason: string | null, paymentProvider: string | null, tier: { name: string } | null, payments: { nodes: Array<{ rowId: string, kind: string, status: string, reason: string | null, amountInCents: string, paymentMethodType: string | null, createdAt: string, settledAt: string | null } | null> } };

export type CancelBookingMutationVariables = Exact<{
  bookingId: string;
  reason?: string | null | undefined;
}>;


export type CancelBookingMutation = { cancelBooking: { result: { rowId: string, reference: string, buyerName: string, buyerEmail: string, quantity: number, totalCop: string, status: string, currentStatus: string | null, expiresAt: string | null, createdAt: string, confirmedAt: string | null, closedAt: string | null, closeReason: string | null, paymentProvider: string | null, tier: { name: string } | null, payments: { nodes: Array<{ rowId: string, kind: string, status: string, reason: string | null, amountInCents: string, paymentMethodType: string | null, createdAt: string, settledAt: string | null } | null> } } | null } | null };

export type RefundBookingMutationVariables = Exact<{
  bookingId: string;
  reason?: string | null | undefined;
}>;


export type RefundBookingMutation = { refundBooking: { result: { rowId: string, reference: string, buyerName: string, buyerEmail: string, quantity: number, totalCop: string, status: string, currentStatus: string | null, expiresAt: string | null, createdAt: string, confirmedAt: string | null, closedAt: string | null, closeReason: string | null, paymentProvider: string | null, tier: { name: string } | null, payments: { nodes: Array<{ rowId: string, kind: string, status: string, reason: string | null, amountInCents: string, paymentMethodType: string | null, createdAt: string, settledAt: string | null } | null> } } | null } | null };

export type CompleteRefundMutationVariables = Exact<{
  paymentId: string;
}>;


export type CompleteRefundMutation = { completeRefund: { result: { rowId: string, status: string, settledAt: string | null } | null } | null };

export type ExportBookingsQueryVariables = Exact<{
  eventId: string;
  first: number;
  offset: number;
}>;


export type ExportBookingsQuery = { bookings: { totalCount: number, nodes: Array<{ reference: string, createdAt: string, buyerName: string, buyerEmail: string, quantity: number, totalCop: string, currentStatus: string | null, confirmedAt: string | null, paymentProvider: string | null, paymentReference: string | null, tier: { name: string } | null } | null> } | null };

export type ExportAttendanceQueryVariables = Exact<{
  eventId: string;
  first: number;
  offset: number;
}>;


export type ExportAttendanceQuery = { tickets: { totalCount: number, nodes: Array<{ seat: number, checkedInAt: string | null, checkedInGate: string | null, booking: { reference: string, buyerName: string, buyerEmail: string, quantity: number, currentStatus: string | null, tier: { name: string } | null } | null } | null> } | null };

export type EventCastingQueryVariables = Exact<{
  eventId: string;
}>;


export type EventCastingQuery = { event: { id: string, rowId: string, title: string, castingBriefs: { nodes: Array<{ id: string, rowId: string, title: string, modelsNeeded: number, heightMinCm: number | null, heightMaxCm: number | null, divisions: Array<string | null>, cities: Array<string | null>, notes: string | null } | null> }, modelCastings: { totalCount: number, nodes: Array<{ id: string, rowId: string, status: string, aiMatchScore: number | null, aiReasoning: string | null, contactPriority: string | null, respondedAt: string | null, whatsappAnswer: string | null, agentRunId: string | null, invitationEmail: { status: string, lastErrorCode: string | null, updatedAt: string } | null, invitationWhatsapp: { status: string, lastErrorCode: string | null, updatedAt: string } | null, talent: { rowId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, division: string, heightCm: number | null, bustCm: number | null, waistCm: number | null, hipsCm: number | null, shoeEu: string | null, portfolioUrls: Array<string | null> } | null } | null> }, agentRuns: { nodes: Array<{ id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null } | null> } } | null };

export type CastingBriefFieldsFragment = { id: string, rowId: string, title: string, modelsNeeded: number, heightMinCm: number | null, heightMaxCm: number | null, divisions: Array<string | null>, cities: Array<string | null>, notes: string | null };

export type CastingCardFragment = { id: string, rowId: string, status: string, aiMatchScore: number | null, aiReasoning: string | null, contactPriority: string | null, respondedAt: string | null, whatsappAnswer: string | null, agentRunId: string | null, invitationEmail: { status: string, lastErrorCode: string | null, updatedAt: string } | null, invitationWhatsapp: { status: string, lastErrorCode: string | null, updatedAt: string } | null, talent: { rowId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, division: string, heightCm: number | null, bustCm: number | null, waistCm: number | null, hipsCm: number | null, shoeEu: string | null, portfolioUrls: Array<string | null> } | null };

export type AgentRunStatusFragment = { id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null };

export type UpdateCastingBriefMutationVariables = Exact<{
  rowId: string;
  patch: CastingBriefPatch;
}>;


export type UpdateCastingBriefMutation = { updateCastingBrief: { castingBrief: { id: string, rowId: string, title: string, modelsNeeded: number, heightMinCm: number | null, heightMaxCm: number | null, divisions: Array<string | null>, cities: Array<string | null>, notes: string | null } | null } | null };

export type CreateCastingBriefMutationVariables = Exact<{
  brief: CastingBriefInput;
}>;


export type CreateCastingBriefMutation = { createCastingBrief: { castingBrief: { id: string, rowId: string, title: string, modelsNeeded: number, heightMinCm: number | null, heightMaxCm: number | null, divisions: Array<string | null>, cities: Array<string | null>, notes: string | null } | null } | null };

export type RequestModelCastingMutationVariables = Exact<{
  briefId: string;
}>;


export type RequestModelCastingMutation = { requestModelCasting: { result: { id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null } | null } | null };

export type AgentRunByIdQueryVariables = Exact<{
  rowId: string;
}>;


export type AgentRunByIdQuery = { agentRun: { id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null } | null };

export type UpdateCastingStatusMutationVariables = Exact<{
  id: string;
  status: string;
}>;


export type UpdateCastingStatusMutation = { updateCastingStatus: { result: { id: string, rowId: string, status: string, aiMatchScore: number | null, aiReasoning: string | null, contactPriority: string | null, respondedAt: string | null, whatsappAnswer: string | null, agentRunId: string | null, invitationEmail: { status: string, lastErrorCode: string | null, updatedAt: string } | null, invitationWhatsapp: { status: string, lastErrorCode: string | null, updatedAt: string } | null, talent: { rowId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, division: string, heightCm: number | null, bustCm: number | null, waistCm: number | null, hipsCm: number | null, shoeEu: string | null, portfolioUrls: Array<string | null> } | null } | null } | null };

export type EventCommunicationsQueryVariables = Exact<{
  eventId: string;
}>;


export type EventCommunicationsQuery = { event: { id: string, rowId: string, emailDrafts: { nodes: Array<{ id: string, rowId: string, kind: string, audience: string, status: string, subject: string | null, preheader: string | null, sections: unknown, writtenBy: string | null, recipients: number | null, createdAt: string, agentRun: { id: string, status: string, errorCode: string | null } | null } | null> }, outboundMessages: { nodes: Array<{ id: string, rowId: string, channel: string, templateKey: string, recipientKind: string, recipientName: string | null, status: string, lastErrorCode: string | null, attempts: number, scheduledAt: string, sentAt: string | null, deliveredAt: string | null, readAt: string | null, createdAt: string } | null> } } | null };

export type RequestEmailDraftMutationVariables = Exact<{
  eventId: string;
  kind: string;
  audience: string;
}>;


export type RequestEmailDraftMutation = { requestEmailDraft: { result: { id: string, rowId: string, status: string } | null } | null };

export type UpdateEmailDraftMutationVariables = Exact<{
  rowId: string;
  patch: EmailDraftPatch;
}>;


export type UpdateEmailDraftMutation = { updateEmailDraft: { emailDraft: { id: string, rowId: string, subject: string | null, preheader: string | null, sections: unknown } | null } | null };

export type ApproveEmailDraftMutationVariables = Exact<{
  rowId: string;
}>;


export type ApproveEmailDraftMutation = { approveEmailDraft: { result: { id: string, rowId: string, status: string, recipients: number | null } | null } | null };

export type DiscardEmailDraftMutationVariables = Exact<{
  rowId: string;
}>;


export type DiscardEmailDraftMutation = { discardEmailDraft: { result: { id: string, rowId: string, status: string } | null } | null };

export type VenuesQueryVariables = Exact<{
  organizationId: string;
}>;


export type VenuesQuery = { venues: { totalCount: number, nodes: Array<{ id: string, rowId: string, name: string, address: string | null, city: string, capacity: number | null, layoutNotes: string | null } | null> } | null };

export type CreateVenueMutationVariables = Exact<{
  venue: VenueInput;
}>;


export type CreateVenueMutation = { createVenue: { venue: { id: string, rowId: string, name: string, city: string } | null } | null };

export type UpdateVenueMutationVariables = Exact<{
  rowId: string;
  patch: VenuePatch;
}>;


export type UpdateVenueMutation = { updateVenue: { venue: { id: string, rowId: string } | null } | null };

export type DeleteVenueMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteVenueMutation = { deleteVenue: { venue: { id: string, rowId: string } | null } | null };

export type VendorsQueryVariables = Exact<{
  organizationId: string;
}>;


export type VendorsQuery = { vendors: { totalCount: number, nodes: Array<{ id: string, rowId: string, name: string, category: string, city: string, priceMinCop: string | null, priceMaxCop: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, website: string | null, notes: string | null, pastRating: string | null } | null> } | null };

export type UpcomingVendorAvailabilityQueryVariables = Exact<{
  organizationId: string;
}>;


export type UpcomingVendorAvailabilityQuery = { upcomingVendorAvailability: { nodes: Array<{ id: string, rowId: string, vendorId: string, kind: string, firstDay: string | null, lastDay: string | null, notes: string | null, event: { id: string, title: string } | null } | null> } | null };

export type MarkVendorUnavailableMutationVariables = Exact<{
  vendorId: string;
  firstDay: string;
  lastDay: string;
  notes?: string | null | undefined;
}>;


export type MarkVendorUnavailableMutation = { markVendorUnavailable: { result: { id: string, rowId: string } | null } | null };

export type DeleteVendorAvailabilityMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteVendorAvailabilityMutation = { deleteVendorAvailability: { vendorAvailability: { id: string, rowId: string } | null } | null };

export type CreateVendorMutationVariables = Exact<{
  vendor: VendorInput;
}>;


export type CreateVendorMutation = { createVendor: { vendor: { id: string, rowId: string } | null } | null };

export type UpdateVendorMutationVariables = Exact<{
  rowId: string;
  patch: VendorPatch;
}>;


export type UpdateVendorMutation = { updateVendor: { vendor: { id: string, rowId: string } | null } | null };

export type DeleteVendorMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteVendorMutation = { deleteVendor: { vendor: { id: string, rowId: string } | null } | null };

export type SponsorsQueryVariables = Exact<{
  eventId: string;
}>;


export type SponsorsQuery = { event: { id: string, rowId: string, sponsors: { nodes: Array<{ id: string, rowId: string, name: string, tier: string, amountCop: string, status: string, contactName: string | null, contactEmail: string | null } | null> } } | null };

export type CreateSponsorMutationVariables = Exact<{
  sponsor: SponsorInput;
}>;


export type CreateSponsorMutation = { createSponsor: { sponsor: { id: string, rowId: string } | null } | null };

export type UpdateSponsorMutationVariables = Exact<{
  rowId: string;
  patch: SponsorPatch;
}>;


export type UpdateSponsorMutation = { updateSponsor: { sponsor: { id: string, rowId: string } | null } | null };

export type DeleteSponsorMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteSponsorMutation = { deleteSponsor: { sponsor: { id: string, rowId: string } | null } | null };

export type TicketTiersQueryVariables = Exact<{
  eventId: string;
}>;


export type TicketTiersQuery = { event: { id: string, rowId: string, capacity: number | null, timezone: string, ticketTiers: { nodes: Array<{ id: string, rowId: string, name: string, description: string | null, priceCop: string, quantity: number, maxPerOrder: number, paidCount: number | null, reservedCount: number | null, availableCount: number | null, salesStartAt: string | null, salesEndAt: string | null } | null> } } | null };

export type CreateTicketTierMutationVariables = Exact<{
  tier: TicketTierInput;
}>;


export type CreateTicketTierMutation = { createTicketTier: { ticketTier: { id: string, rowId: string } | null } | null };

export type UpdateTicketTierMutationVariables = Exact<{
  rowId: string;
  patch: TicketTierPatch;
}>;


export type UpdateTicketTierMutation = { updateTicketTier: { ticketTier: { id: string, rowId: string } | null } | null };

export type DeleteTicketTierMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteTicketTierMutation = { deleteTicketTier: { ticketTier: { id: string, rowId: string } | null } | null };

export type EventFieldsFragment = { id: string, rowId: string, organizationId: string, title: string, slug: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, capacity: number | null, isPublic: boolean, venueId: string | null, coverFileId: string | null, publicationProblems: Array<string | null> | null, cover: { id: string, rowId: string, thumbnailUrl: string } | null };

export type EventCoverQueryVariables = Exact<{
  rowId: string;
}>;


export type EventCoverQuery = { event: { id: string, rowId: string, cover: { id: string, rowId: string, url: string } | null } | null };

export type EventFormQueryVariables = Exact<{
  organizationId: string;
  eventId: string;
  editing: boolean;
}>;


export type EventFormQuery = { event?: { id: string, rowId: string, organizationId: string, title: string, slug: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, capacity: number | null, isPublic: boolean, venueId: string | null, coverFileId: string | null, publicationProblems: Array<string | null> | null, cover: { id: string, rowId: string, thumbnailUrl: string } | null } | null, venues: { nodes: Array<{ id: string, rowId: string, name: string, city: string, capacity: number | null } | null> } | null };

export type CreateEventMutationVariables = Exact<{
  event: EventInput;
}>;


export type CreateEventMutation = { createEvent: { event: { id: string, rowId: string, organizationId: string, title: string, slug: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, capacity: number | null, isPublic: boolean, venueId: string | null, coverFileId: string | null, publicationProblems: Array<string | null> | null, cover: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type UpdateEventMutationVariables = Exact<{
  rowId: string;
  patch: EventPatch;
}>;


export type UpdateEventMutation = { updateEvent: { event: { id: string, rowId: string, organizationId: string, title: string, slug: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, capacity: number | null, isPublic: boolean, venueId: string | null, coverFileId: string | null, publicationProblems: Array<string | null> | null, cover: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type PublishEventMutationVariables = Exact<{
  eventId: string;
}>;


export type PublishEventMutation = { publishEvent: { result: { id: string, rowId: string, organizationId: string, title: string, slug: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, capacity: number | null, isPublic: boolean, venueId: string | null, coverFileId: string | null, publicationProblems: Array<string | null> | null, cover: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type CancelEventMutationVariables = Exact<{
  eventId: string;
}>;


export type CancelEventMutation = { cancelEvent: { result: { id: string, rowId: string, organizationId: string, title: string, slug: string, description: string | null, startsAt: string, endsAt: string, timezone: string, status: string, capacity: number | null, isPublic: boolean, venueId: string | null, coverFileId: string | null, publicationProblems: Array<string | null> | null, cover: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type EventCancellationNoticesQueryVariables = Exact<{
  eventId: string;
}>;


export type EventCancellationNoticesQuery = { event: { id: string, rowId: string, status: string, cancellationNotices: { people: number | null, guests: number | null, buyers: number | null, sent: number | null, waiting: number | null, notSent: number | null } | null } | null };

export type DeleteEventMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteEventMutation = { deleteEvent: { event: { id: string, rowId: string } | null } | null };

export type LineUpQueryVariables = Exact<{
  eventId: string;
}>;


export type LineUpQuery = { event: { id: string, rowId: string, eventDesigners: { nodes: Array<{ rowId: string, showOrder: number, collectionName: string | null, designer: { rowId: string, name: string, city: string | null } | null } | null> }, looks: { nodes: Array<{ rowId: string, designerId: string, sequence: number, title: string, notes: string | null, changeMinutes: number, talentId: string | null, photoFileId: string | null, photo: { id: string, rowId: string, thumbnailUrl: string } | null } | null> }, confirmedCastings: { nodes: Array<{ rowId: string, talent: { rowId: string, fullName: string, stageName: string | null } | null } | null> } } | null };

export type OrganizationDesignersQueryVariables = Exact<{
  organizationId: string;
}>;


export type OrganizationDesignersQuery = { designers: { nodes: Array<{ rowId: string, name: string, city: string | null } | null> } | null };

export type CreateDesignerMutationVariables = Exact<{
  designer: DesignerInput;
}>;


export type CreateDesignerMutation = { createDesigner: { designer: { id: string, rowId: string, name: string, brand: string | null, city: string | null } | null } | null };

export type AddToLineUpMutationVariables = Exact<{
  eventId: string;
  designerId: string;
  collectionName?: string | null | undefined;
}>;


export type AddToLineUpMutation = { addToLineUp: { result: { id: string, rowId: string, showOrder: number } | null } | null };

export type RemoveFromLineUpMutationVariables = Exact<{
  rowId: string;
}>;


export type RemoveFromLineUpMutation = { deleteEventDesigner: { eventDesigner: { id: string, rowId: string } | null } | null };

export type ReorderLineUpMutationVariables = Exact<{
  eventId: string;
  entryIds: Array<string | null | undefined> | string;
}>;


export type ReorderLineUpMutation = { reorderLineUp: { result: Array<{ id: string, rowId: string, showOrder: number } | null> | null } | null };

export type CreateLookMutationVariables = Exact<{
  look: LookInput;
}>;


export type CreateLookMutation = { createLook: { look: { id: string, rowId: string, sequence: number } | null } | null };

export type UpdateLookMutationVariables = Exact<{
  rowId: string;
  patch: LookPatch;
}>;


export type UpdateLookMutation = { updateLook: { look: { id: string, rowId: string, sequence: number, title: string, notes: string | null, changeMinutes: number, talentId: string | null, photoFileId: string | null, photo: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type DeleteLookMutationVariables = Exact<{
  rowId: string;
}>;


export type DeleteLookMutation = { deleteLook: { look: { id: string, rowId: string } | null } | null };

export type ReorderLooksMutationVariables = Exact<{
  eventId: string;
  designerId: string;
  lookIds: Array<string | null | undefined> | string;
}>;


export type ReorderLooksMutation = { reorderLooks: { result: Array<{ id: string, rowId: string, sequence: number } | null> | null } | null };

export type RenumberLooksMutationVariables = Exact<{
  eventId: string;
}>;


export type RenumberLooksMutation = { renumberLooks: { result: Array<{ id: string, rowId: string, sequence: number } | null> | null } | null };

export type EventLogisticsQueryVariables = Exact<{
  rowId: string;
}>;


export type EventLogisticsQuery = { event: { id: string, rowId: string, vendorRecommendations: { nodes: Array<{ rowId: string, category: string, score: number | null, reasoning: string | null, status: string, vendor: { rowId: string, name: string, city: string, priceMinCop: string | null, priceMaxCop: string | null, rating: string | null } | null } | null> } } | null };

export type EventsListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type EventsListQuery = { events: { nodes: Array<{ id: string, rowId: string, organizationId: string, title: string, slug: string, startsAt: string, endsAt: string, status: string, isPublic: boolean, capacity: number | null, venue: { rowId: string, name: string, city: string } | null, latestHealthReport: { id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string } | null, lookCount: { totalCount: number }, confirmedCastings: { totalCount: number }, castingBriefs: { aggregates: { sum: { modelsNeeded: string } | null } | null }, ticketSales: { aggregates: { sum: { quantity: string, soldCount: string } | null } | null }, paidBookings: { totalCount: number, aggregates: { sum: { quantity: string, totalCop: string } | null } | null } } | null> } | null };

export type EventDetailQueryVariables = Exact<{
  rowId: string;
}>;


export type EventDetailQuery = { event: { description: string | null, timezone: string, metadata: unknown, publicationProblems: Array<string | null> | null, id: string, rowId: string, organizationId: string, title: string, slug: string, startsAt: string, endsAt: string, status: string, isPublic: boolean, capacity: number | null, eventDesigners: { nodes: Array<{ rowId: string, showOrder: number, collectionName: string | null, designer: { rowId: string, name: string, brand: string | null, city: string | null } | null } | null> }, looks: { nodes: Array<{ rowId: string, sequence: number, title: string, changeMinutes: number, designerId: string } | null> }, modelCastings: { nodes: Array<{ rowId: string, status: string, contactPriority: string | null, aiMatchScore: number | null, talent: { rowId: string, fullName: string, stageName: string | null, division: string, city: string | null } | null } | null> }, ticketTiers: { nodes: Array<{ rowId: string, name: string, priceCop: string, quantity: number, soldCount: number, salesStartAt: string | null, salesEndAt: string | null } | null> }, sponsors: { nodes: Array<{ rowId: string, name: string, tier: string, status: string, amountCop: string } | null> }, venue: { rowId: string, name: string, city: string } | null, latestHealthReport: { id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string } | null, lookCount: { totalCount: number }, confirmedCastings: { totalCount: number }, castingBriefs: { aggregates: { sum: { modelsNeeded: string } | null } | null }, ticketSales: { aggregates: { sum: { quantity: string, soldCount: string } | null } | null }, paidBookings: { totalCount: number, aggregates: { sum: { quantity: string, totalCop: string } | null } | null } } | null };

export type EventCardFragment = { id: string, rowId: string, organizationId: string, title: string, slug: string, startsAt: string, endsAt: string, status: string, isPublic: boolean, capacity: number | null, venue: { rowId: string, name: string, city: string } | null, latestHealthReport: { id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string } | null, lookCount: { totalCount: number }, confirmedCastings: { totalCount: number }, castingBriefs: { aggregates: { sum: { modelsNeeded: string } | null } | null }, ticketSales: { aggregates: { sum: { quantity: string, soldCount: string } | null } | null }, paidBookings: { totalCount: number, aggregates: { sum: { quantity: string, totalCop: string } | null } | null } };

export type RsvpPageQueryVariables = Exact<{
  token: string;
}>;


export type RsvpPageQuery = { rsvpByToken: { status: string | null, guestName: string | null, plusOneAllowed: boolean | null, plusOneName: string | null, notes: string | null, respondedAt: string | null, open: boolean | null, closesAt: string | null, doorCode: string | null, seatLabels: Array<string | null> | null, eventTitle: string | null, eventStartsAt: string | null, eventTimezone: string | null, venueName: string | null, venueAddress: string | null, venueCity: string | null, organizationName: string | null } | null };

export type RespondToInvitationMutationVariables = Exact<{
  token: string;
  attending: boolean;
  plusOneName?: string | null | undefined;
  notes?: string | null | undefined;
}>;


export type RespondToInvitationMutation = { respondToInvitation: { result: { status: string | null, guestName: string | null, plusOneAllowed: boolean | null, plusOneName: string | null, notes: string | null, respondedAt: string | null, open: boolean | null, closesAt: string | null, doorCode: string | null, seatLabels: Array<string | null> | null, eventTitle: string | null, eventStartsAt: string | null, eventTimezone: string | null, venueName: string | null, venueAddress: string | null, venueCity: string | null, organizationName: string | null } | null } | null };

export type RsvpFieldsFragment = { status: string | null, guestName: string | null, plusOneAllowed: boolean | null, plusOneName: string | null, notes: string | null, respondedAt: string | null, open: boolean | null, closesAt: string | null, doorCode: string | null, seatLabels: Array<string | null> | null, eventTitle: string | null, eventStartsAt: string | null, eventTimezone: string | null, venueName: string | null, venueAddress: string | null, venueCity: string | null, organizationName: string | null };

export type EventGuestsQueryVariables = Exact<{
  eventId: string;
}>;


export type EventGuestsQuery = { event: { rowId: string, title: string, organizationId: string, startsAt: string, timezone: string, guestCapacity: number | null, rsvpClosesAt: string | null, venueLayoutId: string | null } | null, guestReport: { nodes: Array<{ category: string | null, invited: number | null, accepted: number | null, acceptedPeople: number | null, declined: number | null, waitlist: number | null, attended: number | null } | null> } | null };

export type GuestListPageQueryVariables = Exact<{
  eventId: string;
  search?: string | null | undefined;
  status?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GuestListPageQuery = { event: { rowId: string, guestList: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ rowId: string, status: string, plusOneAllowed: boolean, plusOneName: string | null, notes: string | null, respondedAt: string | null, checkedInAt: string | null, rsvpToken: string | null, partySize: number | null, invitationMessagesList: Array<{ rowId: string, channel: string, status: string, lastErrorCode: string | null } | null> | null, guest: { rowId: string, fullName: string, outlet: string | null, category: string, tier: string, notes: string | null, consentGrantedAt: string | null, consentSource: string | null, consentRevokedAt: string | null, contact: { guestId: string, email: string | null, phone: string | null } | null } | null } | null> } } | null };

export type GuestInvitationFieldsFragment = { rowId: string, status: string, plusOneAllowed: boolean, plusOneName: string | null, notes: string | null, respondedAt: string | null, checkedInAt: string | null, rsvpToken: string | null, partySize: number | null, invitationMessagesList: Array<{ rowId: string, channel: string, status: string, lastErrorCode: string | null } | null> | null, guest: { rowId: string, fullName: string, outlet: string | null, category: string, tier: string, notes: string | null, consentGrantedAt: string | null, consentSource: string | null, consentRevokedAt: string | null, contact: { guestId: string, email: string | null, phone: string | null } | null } | null };

export type GuestFieldsFragment = { rowId: string, fullName: string, outlet: string | null, category: string, tier: string, notes: string | null, consentGrantedAt: string | null, consentSource: string | null, consentRevokedAt: string | null, contact: { guestId: string, email: string | null, phone: string | null } | null };

export type SaveGuestMutationVariables = Exact<{
  organizationId?: string | null | undefined;
  guestId?: string | null | undefined;
  fullName: string;
  outlet?: string | null | undefined;
  category?: string | null | undefined;
  tier?: string | null | undefined;
  notes?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  consent?: string | null | undefined;
  consentSource?: string | null | undefined;
}>;


export type SaveGuestMutation = { saveGuest: { result: { rowId: string, fullName: string, outlet: string | null, category: string, tier: string, notes: string | null, consentGrantedAt: string | null, consentSource: string | null, consentRevokedAt: string | null, contact: { guestId: string, email: string | null, phone: string | null } | null } | null } | null };

export type EraseGuestMutationVariables = Exact<{
  guestId: string;
}>;


export type EraseGuestMutation = { eraseGuest: { result: { rowId: string, fullName: string } | null } | null };

export type InviteGuestMutationVariables = Exact<{
  eventId: string;
  guestId: string;
  plusOneAllowed?: boolean | null | undefined;
}>;


export type InviteGuestMutation = { createGuestInvitation: { guestInvitation: { rowId: string } | null } | null };

export type InviteGuestsMutationVariables = Exact<{
  eventId: string;
  categories?: Array<string | null | undefined> | string | null | undefined;
  tiers?: Array<string | null | undefined> | string | null | undefined;
  plusOneAllowed?: boolean | null | undefined;
  sendChannels?: Array<string | null | undefined> | string | null | undefined;
  locale?: string | null | undefined;
}>;


export type InviteGuestsMutation = { inviteGuests: { result: Array<{ rowId: string, invitationMessagesList: Array<{ rowId: string, status: string } | null> | null } | null> | null } | null };

export type SendGuestInvitationsMutationVariables = Exact<{
  eventId: string;
  invitationIds?: Array<string | null | undefined> | string | null | undefined;
  channels?: Array<string | null | undefined> | string | null | undefined;
  locale?: string | null | undefined;
}>;


export type SendGuestInvitationsMutation = { sendGuestInvitations: { result: Array<{ invitationId: string | null, guestName: string | null, channel: string | null, messageId: string | null, outcome: string | null, reason: string | null } | null> | null } | null };

export type CancelGuestInvitationMutationVariables = Exact<{
  invitationId: string;
}>;


export type CancelGuestInvitationMutation = { cancelGuestInvitation: { result: { rowId: string, status: string, plusOneAllowed: boolean, plusOneName: string | null, notes: string | null, respondedAt: string | null, checkedInAt: string | null, rsvpToken: string | null, partySize: number | null, invitationMessagesList: Array<{ rowId: string, channel: string, status: string, lastErrorCode: string | null } | null> | null, guest: { rowId: string, fullName: string, outlet: string | null, category: string, tier: string, notes: string | null, consentGrantedAt: string | null, consentSource: string | null, consentRevokedAt: string | null, contact: { guestId: string, email: string | null, phone: string | null } | null } | null } | null } | null };

export type ReissueRsvpLinkMutationVariables = Exact<{
  invitationId: string;
}>;


export type ReissueRsvpLinkMutation = { reissueRsvpLink: { result: { rowId: string, status: string, plusOneAllowed: boolean, plusOneName: string | null, notes: string | null, respondedAt: string | null, checkedInAt: string | null, rsvpToken: string | null, partySize: number | null, invitationMessagesList: Array<{ rowId: string, channel: string, status: string, lastErrorCode: string | null } | null> | null, guest: { rowId: string, fullName: string, outlet: string | null, category: string, tier: string, notes: string | null, consentGrantedAt: string | null, consentSource: string | null, consentRevokedAt: string | null, contact: { guestId: string, email: string | null, phone: string | null } | null } | null } | null } | null };

export type UpdateGuestSettingsMutationVariables = Exact<{
  eventId: string;
  guestCapacity?: number | null | undefined;
  rsvpClosesAt?: string | null | undefined;
}>;


export type UpdateGuestSettingsMutation = { updateEvent: { event: { rowId: string, guestCapacity: number | null, rsvpClosesAt: string | null } | null } | null };

export type ImportGuestsMutationVariables = Exact<{
  organizationId: string;
  rows: unknown;
  consentSource?: string | null | undefined;
}>;


export type ImportGuestsMutation = { importGuests: { result: { imported: number | null, merged: number | null, errors: unknown } | null } | null };

export type SeatingChartQueryVariables = Exact<{
  eventId: string;
}>;


export type SeatingChartQuery = { event: { rowId: string, title: string, startsAt: string, timezone: string, venueId: string | null, venueLayoutId: string | null, venue: { rowId: string, name: string } | null, venueLayout: { rowId: string, name: string } | null } | null };

export type SeatingSeatsQueryVariables = Exact<{
  layoutId: string;
  after?: string | null | undefined;
}>;


export type SeatingSeatsQuery = { venueLayout: { rowId: string, seats: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ rowId: string, section: string, rowLabel: string, rowIndex: number, seatNumber: number, frontRow: boolean, label: string | null } | null> } } | null };

export type SeatingAssignmentsQueryVariables = Exact<{
  eventId: string;
  after?: string | null | undefined;
}>;


export type SeatingAssignmentsQuery = { event: { rowId: string, seatAssignments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ rowId: string, seatId: string, invitationId: string, plusOne: boolean } | null> } } | null };

export type SeatingGuestsQueryVariables = Exact<{
  eventId: string;
  after?: string | null | undefined;
}>;


export type SeatingGuestsQuery = { event: { rowId: string, guestInvitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ rowId: string, plusOneName: string | null, guest: { rowId: string, fullName: string, outlet: string | null, category: string, tier: string } | null } | null> } } | null };

export type AssignSeatMutationVariables = Exact<{
  eventId: string;
  seatId: string;
  invitationId: string;
  plusOne?: boolean | null | undefined;
  expectedSeatId?: string | null | undefined;
}>;


export type AssignSeatMutation = { assignSeat: { result: { rowId: string, seatId: string } | null } | null };

export type UnassignSeatMutationVariables = Exact<{
  eventId: string;
  seatId: string;
  expectedInvitationId: string;
}>;


export type UnassignSeatMutation = { unassignSeat: { result: { rowId: string } | null } | null };

export type AutoSeatMutationVariables = Exact<{
  eventId: string;
}>;


export type AutoSeatMutation = { autoSeat: { result: number | null } | null };

export type CreateVenueLayoutMutationVariables = Exact<{
  venueId: string;
  name: string;
}>;


export type CreateVenueLayoutMutation = { createVenueLayout: { venueLayout: { rowId: string } | null } | null };

export type UseVenueLayoutMutationVariables = Exact<{
  eventId: string;
  layoutId?: string | null | undefined;
}>;


export type UseVenueLayoutMutation = { updateEvent: { event: { rowId: string, venueLayoutId: string | null } | null } | null };

export type AddSeatRowsMutationVariables = Exact<{
  layoutId: string;
  section: string;
  rowCount: number;
  seatsPerRow: number;
  frontRows?: number | null | undefined;
}>;


export type AddSeatRowsMutation = { addSeatRows: { result: Array<{ rowId: string } | null> | null } | null };

export type HealthLightFragment = { id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string };

export type HealthReportFieldsFragment = { checks: unknown, computations: number, summary: string | null, summaryModel: string | null, id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string, summaryRun: { id: string, rowId: string, status: string, errorCode: string | null, errorMessage: string | null } | null };

export type EventHealthQueryVariables = Exact<{
  eventId: string;
}>;


export type EventHealthQuery = { event: { id: string, rowId: string, title: string, startsAt: string, timezone: string, latestHealthReport: { checks: unknown, computations: number, summary: string | null, summaryModel: string | null, id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string, summaryRun: { id: string, rowId: string, status: string, errorCode: string | null, errorMessage: string | null } | null } | null, healthReports: { nodes: Array<{ id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string } | null> } } | null };

export type RequestEventHealthMutationVariables = Exact<{
  eventId: string;
}>;


export type RequestEventHealthMutation = { requestEventHealth: { result: { checks: unknown, computations: number, summary: string | null, summaryModel: string | null, id: string, rowId: string, reportDate: string, status: string, redCount: number, amberCount: number, computedAt: string, summaryRun: { id: string, rowId: string, status: string, errorCode: string | null, errorMessage: string | null } | null } | null } | null };

export type MyNotificationsQueryVariables = Exact<{
  organizationId: string;
}>;


export type MyNotificationsQuery = { notifications: { nodes: Array<{ id: string, rowId: string, title: string, body: string | null, data: unknown, eventId: string | null, createdAt: string, readAt: string | null } | null> } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | null | undefined> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { result: number | null } | null };

export type RosterListQueryVariables = Exact<{
  condition: TalentCondition;
  filter?: TalentFilter | null | undefined;
  orderBy?: Array<TalentOrderBy> | TalentOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RosterListQuery = { talents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, rowId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, division: string, heightCm: number | null, isMinor: boolean | null, consentActive: boolean | null, consentPurposes: Array<string | null>, photos: { nodes: Array<{ rowId: string, file: { rowId: string, thumbnailUrl: string } | null } | null> } } | null> } | null };

export type RosterCardFragment = { id: string, rowId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, division: string, heightCm: number | null, isMinor: boolean | null, consentActive: boolean | null, consentPurposes: Array<string | null>, photos: { nodes: Array<{ rowId: string, file: { rowId: string, thumbnailUrl: string } | null } | null> } };

export type TalentProfileQueryVariables = Exact<{
  id: string;
}>;


export type TalentProfileQuery = { talent: { id: string, rowId: string, organizationId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, willingToTravel: boolean, division: string, gender: string | null, heightCm: number | null, bustCm: number | null, waistCm: number | null, hipsCm: number | null, shoeEu: string | null, hairColor: string | null, eyeColor: string | null, measurementsTakenOn: string | null, birthDate: string | null, instagram: string | null, isMinor: boolean | null, consentActive: boolean | null, consentGrantedAt: string | null, consentPurposes: Array<string | null>, consentSource: string | null, consentRevokedAt: string | null, communicationConsent: unknown, erasedAt: string | null, contact: { talentId: string, email: string | null, phone: string | null, whatsappOptIn: boolean, guardianName: string | null, guardianPhone: string | null, guardianEmail: string | null, documentType: string | null, documentNumber: string | null } | null, photos: { nodes: Array<{ id: string, rowId: string, position: number, file: { rowId: string, url: string, thumbnailUrl: string, width: number, height: number } | null } | null> }, talentAvailability: { nodes: Array<{ id: string, rowId: string, kind: string, notes: string | null, period: { start: { value: string, inclusive: boolean } | null, end: { value: string, inclusive: boolean } | null } } | null> }, modelCastings: { totalCount: number, nodes: Array<{ id: string, rowId: string, status: string, respondedAt: string | null, event: { rowId: string, title: string, startsAt: string, timezone: string } | null } | null> } } | null };

export type TalentProfileFieldsFragment = { id: string, rowId: string, organizationId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, willingToTravel: boolean, division: string, gender: string | null, heightCm: number | null, bustCm: number | null, waistCm: number | null, hipsCm: number | null, shoeEu: string | null, hairColor: string | null, eyeColor: string | null, measurementsTakenOn: string | null, birthDate: string | null, instagram: string | null, isMinor: boolean | null, consentActive: boolean | null, consentGrantedAt: string | null, consentPurposes: Array<string | null>, consentSource: string | null, consentRevokedAt: string | null, communicationConsent: unknown, erasedAt: string | null, contact: { talentId: string, email: string | null, phone: string | null, whatsappOptIn: boolean, guardianName: string | null, guardianPhone: string | null, guardianEmail: string | null, documentType: string | null, documentNumber: string | null } | null, photos: { nodes: Array<{ id: string, rowId: string, position: number, file: { rowId: string, url: string, thumbnailUrl: string, width: number, height: number } | null } | null> }, talentAvailability: { nodes: Array<{ id: string, rowId: string, kind: string, notes: string | null, period: { start: { value: string, inclusive: boolean } | null, end: { value: string, inclusive: boolean } | null } } | null> }, modelCastings: { totalCount: number, nodes: Array<{ id: string, rowId: string, status: string, respondedAt: string | null, event: { rowId: string, title: string, startsAt: string, timezone: string } | null } | null> } };

export type SaveTalentMutationVariables = Exact<{
  organizationId?: string | null | undefined;
  talentId?: string | null | undefined;
  talent: TalentDetailInput;
  contact?: TalentContactDetailInput | null | undefined;
}>;


export type SaveTalentMutation = { saveTalent: { result: { id: string, rowId: string, organizationId: string, fullName: string, stageName: string | null, agency: string | null, city: string | null, willingToTravel: boolean, division: string, gender: string | null, heightCm: number | null, bustCm: number | null, waistCm: number | null, hipsCm: number | null, shoeEu: string | null, hairColor: string | null, eyeColor: string | null, measurementsTakenOn: string | null, birthDate: string | null, instagram: string | null, isMinor: boolean | null, consentActive: boolean | null, consentGrantedAt: string | null, consentPurposes: Array<string | null>, consentSource: string | null, consentRevokedAt: string | null, communicationConsent: unknown, erasedAt: string | null, contact: { talentId: string, email: string | null, phone: string | null, whatsappOptIn: boolean, guardianName: string | null, guardianPhone: string | null, guardianEmail: string | null, documentType: string | null, documentNumber: string | null } | null, photos: { nodes: Array<{ id: string, rowId: string, position: number, file: { rowId: string, url: string, thumbnailUrl: string, width: number, height: number } | null } | null> }, talentAvailability: { nodes: Array<{ id: string, rowId: string, kind: string, notes: string | null, period: { start: { value: string, inclusive: boolean } | null, end: { value: string, inclusive: boolean } | null } } | null> }, modelCastings: { totalCount: number, nodes: Array<{ id: string, rowId: string, status: string, respondedAt: string | null, event: { rowId: string, title: string, startsAt: string, timezone: string } | null } | null> } } | null } | null };

export type RecordTalentConsentMutationVariables = Exact<{
  talentId: string;
  purposes: Array<string | null | undefined> | string;
  source: string;
  grantedAt: string;
}>;


export type RecordTalentConsentMutation = { recordTalentConsent: { result: { id: string, rowId: string, consentActive: boolean | null, consentGrantedAt: string | null, consentPurposes: Array<string | null>, consentSource: string | null, consentRevokedAt: string | null, communicationConsent: unknown } | null } | null };

export type RevokeTalentConsentMutationVariables = Exact<{
  talentId: string;
}>;


export type RevokeTalentConsentMutation = { revokeTalentConsent: { result: { id: string, rowId: string, consentActive: boolean | null, consentGrantedAt: string | null, consentPurposes: Array<string | null>, consentSource: string | null, consentRevokedAt: string | null, communicationConsent: unknown } | null } | null };

export type EraseTalentMutationVariables = Exact<{
  id: string;
}>;


export type EraseTalentMutation = { eraseTalent: { result: { id: string, rowId: string, erasedAt: string | null } | null } | null };

export type AddTalentPhotoMutationVariables = Exact<{
  talentId: string;
  fileId: string;
  position?: number | null | undefined;
}>;


export type AddTalentPhotoMutation = { createTalentPhoto: { talentPhoto: { id: string, rowId: string } | null } | null };

export type MoveTalentPhotoMutationVariables = Exact<{
  id: string;
  position: number;
}>;


export type MoveTalentPhotoMutation = { updateTalentPhoto: { talentPhoto: { id: string, rowId: string, position: number } | null } | null };

export type DeleteTalentPhotoMutationVariables = Exact<{
  id: string;
}>;


export type DeleteTalentPhotoMutation = { deleteTalentPhoto: { talentPhoto: { id: string, rowId: string } | null } | null };

export type AddTalentAvailabilityMutationVariables = Exact<{
  talentId: string;
  period: DatetimeRangeInput;
  kind: string;
  notes?: string | null | undefined;
}>;


export type AddTalentAvailabilityMutation = { createTalentAvailability: { talentAvailability: { id: string, rowId: string } | null } | null };

export type DeleteTalentAvailabilityMutationVariables = Exact<{
  id: string;
}>;


export type DeleteTalentAvailabilityMutation = { deleteTalentAvailability: { talentAvailability: { id: string, rowId: string } | null } | null };

export type ImportTalentMutationVariables = Exact<{
  organizationId: string;
  rows: Array<TalentImportRowInput | null | undefined> | TalentImportRowInput;
  dryRun?: boolean | null | undefined;
}>;


export type ImportTalentMutation = { importTalent: { result: { committed: boolean | null, created: number | null, updated: number | null, merged: number | null, problems: Array<{ line: number | null, field: string | null, code: string | null, message: string | null } | null> | null } | null } | null };

export type EventRunwayQueryVariables = Exact<{
  eventId: string;
}>;


export type EventRunwayQuery = { event: { id: string, rowId: string, title: string, timezone: string, startsAt: string, eventDesigners: { nodes: Array<{ rowId: string, showOrder: number, designer: { rowId: string, name: string } | null } | null> }, looks: { nodes: Array<{ rowId: string, title: string, sequence: number, designerId: string, talentId: string | null, changeMinutes: number, walkSeconds: number | null, fixedPosition: string | null } | null> }, runwaySchedules: { nodes: Array<{ id: string, rowId: string, version: number, status: string, startsAt: string | null, gapSeconds: number, defaultWalkSeconds: number, changeBufferMinutes: number, noBackToBack: boolean, blockOrder: string, finaleSeconds: number | null, solvedAt: string | null, solverStatus: string | null, minSpareSeconds: number | null, relativeGap: string | null, runningSeconds: number | null, staleAt: string | null, staleReasons: unknown, explanation: unknown, notes: unknown, editedAt: string | null, runwaySlots: { nodes: Array<{ rowId: string, sequence: number, lookId: string | null, walkSeconds: number, plannedAt: string | null, warnings: Array<string | null> | null, talentId: string | null, modelName: string | null } | null> } } | null> }, agentRuns: { nodes: Array<{ id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null } | null> } } | null };

export type RunwayLookFragment = { rowId: string, title: string, sequence: number, designerId: string, talentId: string | null, changeMinutes: number, walkSeconds: number | null, fixedPosition: string | null };

export type RunwayScheduleFragment = { id: string, rowId: string, version: number, status: string, startsAt: string | null, gapSeconds: number, defaultWalkSeconds: number, changeBufferMinutes: number, noBackToBack: boolean, blockOrder: string, finaleSeconds: number | null, solvedAt: string | null, solverStatus: string | null, minSpareSeconds: number | null, relativeGap: string | null, runningSeconds: number | null, staleAt: string | null, staleReasons: unknown, explanation: unknown, notes: unknown, editedAt: string | null, runwaySlots: { nodes: Array<{ rowId: string, sequence: number, lookId: string | null, walkSeconds: number, plannedAt: string | null, warnings: Array<string | null> | null, talentId: string | null, modelName: string | null } | null> } };

export type RequestRunwayTimingMutationVariables = Exact<{
  eventId: string;
}>;


export type RequestRunwayTimingMutation = { requestRunwayTiming: { result: { id: string, rowId: string, agentType: string, status: string, errorCode: string | null, attempts: number, output: unknown, createdAt: string, finishedAt: string | null } | null } | null };

export type ReorderRunwaySlotsMutationVariables = Exact<{
  scheduleId: string;
  lookIds: Array<string | null | undefined> | string;
}>;


export type ReorderRunwaySlotsMutation = { reorderRunwaySlots: { result: { id: string, rowId: string, version: number, status: string, startsAt: string | null, gapSeconds: number, defaultWalkSeconds: number, changeBufferMinutes: number, noBackToBack: boolean, blockOrder: string, finaleSeconds: number | null, solvedAt: string | null, solverStatus: string | null, minSpareSeconds: number | null, relativeGap: string | null, runningSeconds: number | null, staleAt: string | null, staleReasons: unknown, explanation: unknown, notes: unknown, editedAt: string | null, runwaySlots: { nodes: Array<{ rowId: string, sequence: number, lookId: string | null, walkSeconds: number, plannedAt: string | null, warnings: Array<string | null> | null, talentId: string | null, modelName: string | null } | null> } } | null } | null };

export type CreateOrganizationMutationVariables = Exact<{
  name: string;
  slug: string;
  city?: string | null | undefined;
}>;


export type CreateOrganizationMutation = { createOrganization: { result: { id: string, rowId: string, name: string, slug: string, city: string | null, country: string, timezone: string, currency: string, logo: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type UpdateOrganizationLogoMutationVariables = Exact<{
  rowId: string;
  fileId?: string | null | undefined;
}>;


export type UpdateOrganizationLogoMutation = { updateOrganization: { organization: { id: string, rowId: string, name: string, slug: string, city: string | null, country: string, timezone: string, currency: string, logo: { id: string, rowId: string, thumbnailUrl: string } | null } | null } | null };

export type TeamQueryVariables = Exact<{
  organizationId: string;
}>;


export type TeamQuery = { organization: { id: string, rowId: string, name: string, memberships: { totalCount: number, nodes: Array<{ id: string, rowId: string, role: string, createdAt: string, profile: { id: string, rowId: string, fullName: string, email: string } | null } | null> }, organizationInvitations: { nodes: Array<{ id: string, rowId: string, email: string, role: string, status: string | null, revokedReason: string | null, expiresAt: string, acceptedAt: string | null, createdAt: string, inviter: { id: string, rowId: string, fullName: string } | null } | null> } } | null };

export type InviteToOrganizationMutationVariables = Exact<{
  organizationId: string;
  email: string;
  role: string;
}>;


export type InviteToOrganizationMutation = { inviteToOrganization: { result: string | null } | null };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { result: { id: string, rowId: string, status: string | null, revokedReason: string | null } | null } | null };

export type UpdateMembershipRoleMutationVariables = Exact<{
  rowId: string;
  role: string;
}>;


export type UpdateMembershipRoleMutation = { updateMembership: { membership: { id: string, rowId: string, role: string } | null } | null };

export type RemoveMembershipMutationVariables = Exact<{
  rowId: string;
}>;


export type RemoveMembershipMutation = { deleteMembership: { membership: { id: string, rowId: string } | null } | null };

export type VendorRecommendationCardFragment = { id: string, rowId: string, category: string, score: number | null, reasoning: string | null, status: string, agreedPriceCop: string | null, rating: number | null, ratingNote: string | null, vendor: { id: string, rowId: string, name: string, city: string, travels: boolean, priceMinCop: string | null, priceMaxCop: string | null, pastRating: string | null } | null };

export type EventVendorsQueryVariables = Exact<{
  eventId: string;
}>;


export type EventVendorsQuery = { event: { id: string, rowId: string, endsAt: string, requiredVendorCategories: Array<string | null>, budget: { id: string, budgetCop: string } | null, vendorRecommendations: { nodes: Array<{ id: string, rowId: string, category: string, score: number | null, reasoning: string | null, status: string, agreedPriceCop: string | null, rating: number | null, ratingNote: string | null, vendor: { id: string, rowId: string, name: string, city: string, travels: boolean, priceMinCop: string | null, priceMaxCop: string | null, pastRating: string | null } | null } | null> }, agentRuns: { nodes: Array<{ id: string, rowId: string, status: string, agentType: string, input: unknown, output: unknown, errorMessage: string | null } | null> } } | null };

export type RequestVendorRecommendationsMutationVariables = Exact<{
  eventId: string;
  category: string;
  budgetCop: string;
}>;


export type RequestVendorRecommendationsMutation = { requestVendorRecommendations: { result: { id: string, rowId: string, status: string } | null } | null };

export type UpdateVendorRecommendationMutationVariables = Exact<{
  rowId: string;
  patch: VendorRecommendationPatch;
}>;


export type UpdateVendorRecommendationMutation = { updateVendorRecommendation: { vendorRecommendation: { id: string, rowId: string, category: string, score: number | null, reasoning: string | null, status: string, agreedPriceCop: string | null, rating: number | null, ratingNote: string | null, vendor: { id: string, rowId: string, name: string, city: string, travels: boolean, priceMinCop: string | null, priceMaxCop: string | null, pastRating: string | null } | null } | null } | null };

export type EventInboxQueryVariables = Exact<{
  eventId: string;
}>;


export type EventInboxQuery = { event: { id: string, rowId: string, inboxMessages: { totalCount: number, nodes: Array<{ id: string, rowId: string, senderName: string | null, senderNumberMasked: string | null, messageType: string, body: string | null, action: string | null, sentAt: string, readAt: string | null, talent: { rowId: string, fullName: string, stageName: string | null } | null, guest: { rowId: string, fullName: string } | null, vendor: { rowId: string, name: string, contactName: string | null } | null, event: { rowId: string, title: string } | null } | null> } } | null };

export type OrganizationInboxQueryVariables = Exact<{
  organizationId: string;
}>;


export type OrganizationInboxQuery = { organization: { id: string, rowId: string, inboxMessages: { totalCount: number, nodes: Array<{ id: string, rowId: string, senderName: string | null, senderNumberMasked: string | null, messageType: string, body: string | null, action: string | null, sentAt: string, readAt: string | null, talent: { rowId: string, fullName: string, stageName: string | null } | null, guest: { rowId: string, fullName: string } | null, vendor: { rowId: string, name: string, contactName: string | null } | null, event: { rowId: string, title: string } | null } | null> } } | null };

export type InboxMessageFieldsFragment = { id: string, rowId: string, senderName: string | null, senderNumberMasked: string | null, messageType: string, body: string | null, action: string | null, sentAt: string, readAt: string | null, talent: { rowId: string, fullName: string, stageName: string | null } | null, guest: { rowId: string, fullName: string } | null, vendor: { rowId: string, name: string, contactName: string | null } | null, event: { rowId: string, title: string } | null };

export type MarkInboxMessagesReadMutationVariables = Exact<{
  ids: Array<string | null | undefined> | string;
}>;


export type MarkInboxMessagesReadMutation = { markInboxMessagesRead: { result: Array<{ id: string, rowId: string, readAt: string | null } | null> | null } | null };

export const ProfileSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}}]} as unknown as DocumentNode<ProfileSummaryFragment, unknown>;
export const OrganizationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]} as unknown as DocumentNode<OrganizationSummaryFragment, unknown>;
export const TicketPassFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketPassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}}]}}]} as unknown as DocumentNode<TicketPassFieldsFragment, unknown>;
export const CheckInFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInGate"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"guestCategory"}},{"kind":"Field","name":{"kind":"Name","value":"guestTier"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}}]}}]} as unknown as DocumentNode<CheckInFieldsFragment, unknown>;
export const BoxOfficeBookingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoxOfficeBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountInCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]}}]} as unknown as DocumentNode<BoxOfficeBookingFragment, unknown>;
export const CastingBriefFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingBriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastingBrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"heightMinCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightMaxCm"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CastingBriefFieldsFragment, unknown>;
export const CastingCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelCasting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"aiMatchScore"}},{"kind":"Field","name":{"kind":"Name","value":"aiReasoning"}},{"kind":"Field","name":{"kind":"Name","value":"contactPriority"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappAnswer"}},{"kind":"Field","alias":{"kind":"Name","value":"invitationEmail"},"name":{"kind":"Name","value":"invitationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"email","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"invitationWhatsapp"},"name":{"kind":"Name","value":"invitationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"whatsapp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRunId"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"bustCm"}},{"kind":"Field","name":{"kind":"Name","value":"waistCm"}},{"kind":"Field","name":{"kind":"Name","value":"hipsCm"}},{"kind":"Field","name":{"kind":"Name","value":"shoeEu"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioUrls"}}]}}]}}]} as unknown as DocumentNode<CastingCardFragment, unknown>;
export const AgentRunStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<AgentRunStatusFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"coverFileId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const HealthLightFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<HealthLightFragment, unknown>;
export const EventCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestHealthReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lookCount"},"name":{"kind":"Name","value":"looks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"confirmedCastings"},"name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"confirmed","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castingBriefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ticketSales"},"name":{"kind":"Name","value":"ticketTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"soldCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"paidBookings"},"name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"paid","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<EventCardFragment, unknown>;
export const RsvpFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorCode"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]} as unknown as DocumentNode<RsvpFieldsFragment, unknown>;
export const GuestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<GuestFieldsFragment, unknown>;
export const GuestInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpToken"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessagesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<GuestInvitationFieldsFragment, unknown>;
export const HealthReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"computations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryModel"}},{"kind":"Field","name":{"kind":"Name","value":"summaryRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<HealthReportFieldsFragment, unknown>;
export const RosterCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"POSITION_ASC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterCardFragment, unknown>;
export const TalentProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"willingToTravel"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"bustCm"}},{"kind":"Field","name":{"kind":"Name","value":"waistCm"}},{"kind":"Field","name":{"kind":"Name","value":"hipsCm"}},{"kind":"Field","name":{"kind":"Name","value":"shoeEu"}},{"kind":"Field","name":{"kind":"Name","value":"hairColor"}},{"kind":"Field","name":{"kind":"Name","value":"eyeColor"}},{"kind":"Field","name":{"kind":"Name","value":"measurementsTakenOn"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"instagram"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationConsent"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"guardianEmail"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"POSITION_ASC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentProfileFieldsFragment, unknown>;
export const RunwayLookFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunwayLook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Look"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"designerId"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"changeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"walkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPosition"}}]}}]} as unknown as DocumentNode<RunwayLookFragment, unknown>;
export const RunwayScheduleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunwaySchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunwaySchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"changeBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noBackToBack"}},{"kind":"Field","name":{"kind":"Name","value":"blockOrder"}},{"kind":"Field","name":{"kind":"Name","value":"finaleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"solvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"solverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"minSpareSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relativeGap"}},{"kind":"Field","name":{"kind":"Name","value":"runningSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"staleReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runwaySlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEQUENCE_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"lookId"}},{"kind":"Field","name":{"kind":"Name","value":"walkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}}]}}]} as unknown as DocumentNode<RunwayScheduleFragment, unknown>;
export const VendorRecommendationCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VendorRecommendationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRecommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedPriceCop"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingNote"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"travels"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinCop"}},{"kind":"Field","name":{"kind":"Name","value":"priceMaxCop"}},{"kind":"Field","name":{"kind":"Name","value":"pastRating"}}]}}]}}]} as unknown as DocumentNode<VendorRecommendationCardFragment, unknown>;
export const InboxMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"senderNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<InboxMessageFieldsFragment, unknown>;
export const CompleteRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<CompleteRegistrationMutation, CompleteRegistrationMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendEmailVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<ResendEmailVerificationMutation, ResendEmailVerificationMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AiActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRunStatus"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<AiActivityQuery, AiActivityQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"es-CO","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const CurrentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSummary"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]} as unknown as DocumentNode<CurrentProfileQuery, CurrentProfileQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const PublicEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCop"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicEventQuery, PublicEventQueryVariables>;
export const BookTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buyerEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tierId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"buyerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyerName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"buyerEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buyerEmail"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookTicketsMutation, BookTicketsMutationVariables>;
export const BookingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingByAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"priceCop"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"refundDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingPasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketPassFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketPassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}}]}}]} as unknown as DocumentNode<BookingPageQuery, BookingPageQueryVariables>;
export const TicketPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketPassFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketPassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}}]}}]} as unknown as DocumentNode<TicketPageQuery, TicketPageQueryVariables>;
export const DoorEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STARTS_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DoorEventsQuery, DoorEventsQueryVariables>;
export const DoorCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"validTicketCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]}}]} as unknown as DocumentNode<DoorCountsQuery, DoorCountsQueryVariables>;
export const CheckInTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scannedAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"gate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gate"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scannedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scannedAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deviceId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInGate"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"guestCategory"}},{"kind":"Field","name":{"kind":"Name","value":"guestTier"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}}]}}]} as unknown as DocumentNode<CheckInTicketMutation, CheckInTicketMutationVariables>;
export const CheckInTicketByHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInTicketByHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInTicketByHand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"gate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gate"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInGate"}},{"kind":"Field","name":{"kind":"Name","value":"bookingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"guestCategory"}},{"kind":"Field","name":{"kind":"Name","value":"guestTier"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}}]}}]} as unknown as DocumentNode<CheckInTicketByHandMutation, CheckInTicketByHandMutationVariables>;
export const RevokeCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeCheckInMutation, RevokeCheckInMutationVariables>;
export const SearchAttendeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAttendees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAttendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInGate"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchAttendeesQuery, SearchAttendeesQueryVariables>;
export const BoxOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoxOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceCop"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"paidBookings"},"name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"paid","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoxOfficeBooking"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventRefundsOwed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountInCents"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoxOfficeBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountInCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]}}]} as unknown as DocumentNode<BoxOfficeQuery, BoxOfficeQueryVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoxOfficeBooking"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoxOfficeBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountInCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const RefundBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoxOfficeBooking"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoxOfficeBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amountInCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]}}]} as unknown as DocumentNode<RefundBookingMutation, RefundBookingMutationVariables>;
export const CompleteRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteRefundMutation, CompleteRefundMutationVariables>;
export const ExportBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_ASC"},{"kind":"EnumValue","value":"PRIMARY_KEY_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportBookingsQuery, ExportBookingsQueryVariables>;
export const ExportAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BOOKING_ID_ASC"},{"kind":"EnumValue","value":"PRIMARY_KEY_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInGate"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"buyerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportAttendanceQuery, ExportAttendanceQueryVariables>;
export const EventCastingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCasting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"castingBriefs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CastingBriefFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CastingCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRunStatus"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingBriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastingBrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"heightMinCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightMaxCm"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelCasting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"aiMatchScore"}},{"kind":"Field","name":{"kind":"Name","value":"aiReasoning"}},{"kind":"Field","name":{"kind":"Name","value":"contactPriority"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappAnswer"}},{"kind":"Field","alias":{"kind":"Name","value":"invitationEmail"},"name":{"kind":"Name","value":"invitationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"email","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"invitationWhatsapp"},"name":{"kind":"Name","value":"invitationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"whatsapp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRunId"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"bustCm"}},{"kind":"Field","name":{"kind":"Name","value":"waistCm"}},{"kind":"Field","name":{"kind":"Name","value":"hipsCm"}},{"kind":"Field","name":{"kind":"Name","value":"shoeEu"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioUrls"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<EventCastingQuery, EventCastingQueryVariables>;
export const UpdateCastingBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCastingBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastingBriefPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCastingBrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castingBrief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CastingBriefFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingBriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastingBrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"heightMinCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightMaxCm"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<UpdateCastingBriefMutation, UpdateCastingBriefMutationVariables>;
export const CreateCastingBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCastingBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brief"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastingBriefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCastingBrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"castingBrief"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brief"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castingBrief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CastingBriefFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingBriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastingBrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"heightMinCm"}},{"kind":"Field","name":{"kind":"Name","value":"heightMaxCm"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CreateCastingBriefMutation, CreateCastingBriefMutationVariables>;
export const RequestModelCastingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestModelCasting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"briefId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestModelCasting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"briefId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"briefId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRunStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<RequestModelCastingMutation, RequestModelCastingMutationVariables>;
export const AgentRunByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentRunById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRunStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<AgentRunByIdQuery, AgentRunByIdQueryVariables>;
export const UpdateCastingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCastingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCastingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CastingCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CastingCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelCasting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"aiMatchScore"}},{"kind":"Field","name":{"kind":"Name","value":"aiReasoning"}},{"kind":"Field","name":{"kind":"Name","value":"contactPriority"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappAnswer"}},{"kind":"Field","alias":{"kind":"Name","value":"invitationEmail"},"name":{"kind":"Name","value":"invitationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"email","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"invitationWhatsapp"},"name":{"kind":"Name","value":"invitationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"StringValue","value":"whatsapp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRunId"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"bustCm"}},{"kind":"Field","name":{"kind":"Name","value":"waistCm"}},{"kind":"Field","name":{"kind":"Name","value":"hipsCm"}},{"kind":"Field","name":{"kind":"Name","value":"shoeEu"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioUrls"}}]}}]}}]} as unknown as DocumentNode<UpdateCastingStatusMutation, UpdateCastingStatusMutationVariables>;
export const EventCommunicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCommunications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"emailDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"preheader"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"writtenBy"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CREATED_AT_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateKey"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventCommunicationsQuery, EventCommunicationsQueryVariables>;
export const RequestEmailDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestEmailDraftMutation, RequestEmailDraftMutationVariables>;
export const UpdateEmailDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmailDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailDraftPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"preheader"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEmailDraftMutation, UpdateEmailDraftMutationVariables>;
export const ApproveEmailDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEmailDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEmailDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveEmailDraftMutation, ApproveEmailDraftMutationVariables>;
export const DiscardEmailDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardEmailDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardEmailDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DiscardEmailDraftMutation, DiscardEmailDraftMutationVariables>;
export const VenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Venues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"layoutNotes"}}]}}]}}]}}]} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;
export const CreateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"venue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venue"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVenueMutation, CreateVenueMutationVariables>;
export const UpdateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenuePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const DeleteVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVenueMutation, DeleteVenueMutationVariables>;
export const VendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vendors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinCop"}},{"kind":"Field","name":{"kind":"Name","value":"priceMaxCop"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"pastRating"}}]}}]}}]}}]} as unknown as DocumentNode<VendorsQuery, VendorsQueryVariables>;
export const UpcomingVendorAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingVendorAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingVendorAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingVendorAvailabilityQuery, UpcomingVendorAvailabilityQueryVariables>;
export const MarkVendorUnavailableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkVendorUnavailable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markVendorUnavailable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vendorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"firstDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<MarkVendorUnavailableMutation, MarkVendorUnavailableMutationVariables>;
export const DeleteVendorAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVendorAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVendorAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVendorAvailabilityMutation, DeleteVendorAvailabilityMutationVariables>;
export const CreateVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vendor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVendorMutation, CreateVendorMutationVariables>;
export const UpdateVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VendorPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVendorMutation, UpdateVendorMutationVariables>;
export const DeleteVendorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVendorMutation, DeleteVendorMutationVariables>;
export const SponsorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sponsors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"amountCop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SponsorsQuery, SponsorsQueryVariables>;
export const CreateSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sponsor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SponsorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSponsor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sponsor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sponsor"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSponsorMutation, CreateSponsorMutationVariables>;
export const UpdateSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SponsorPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSponsor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSponsorMutation, UpdateSponsorMutationVariables>;
export const DeleteSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSponsor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSponsorMutation, DeleteSponsorMutationVariables>;
export const TicketTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCop"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedCount"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketTiersQuery, TicketTiersQueryVariables>;
export const CreateTicketTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ticketTier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTicketTierMutation, CreateTicketTierMutationVariables>;
export const UpdateTicketTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicketTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTierPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTicketTierMutation, UpdateTicketTierMutationVariables>;
export const DeleteTicketTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTicketTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicketTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTicketTierMutation, DeleteTicketTierMutationVariables>;
export const EventCoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<EventCoverQuery, EventCoverQueryVariables>;
export const EventFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"editing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"editing"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"coverFileId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}}]}}]} as unknown as DocumentNode<EventFormQuery, EventFormQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"coverFileId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"coverFileId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const PublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"coverFileId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}}]}}]} as unknown as DocumentNode<PublishEventMutation, PublishEventMutationVariables>;
export const CancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"coverFileId"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;
export const EventCancellationNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCancellationNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"guests"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"notSent"}}]}}]}}]}}]} as unknown as DocumentNode<EventCancellationNoticesQuery, EventCancellationNoticesQueryVariables>;
export const DeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteEventMutation, DeleteEventMutationVariables>;
export const LineUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"eventDesigners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SHOW_ORDER_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"showOrder"}},{"kind":"Field","name":{"kind":"Name","value":"collectionName"}},{"kind":"Field","name":{"kind":"Name","value":"designer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"looks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEQUENCE_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"designerId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"changeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"photoFileId"}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"confirmedCastings"},"name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"confirmed","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"150"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LineUpQuery, LineUpQueryVariables>;
export const OrganizationDesignersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationDesigners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationDesignersQuery, OrganizationDesignersQueryVariables>;
export const CreateDesignerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDesigner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"designer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDesigner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"designer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"designer"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDesignerMutation, CreateDesignerMutationVariables>;
export const AddToLineUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToLineUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"designerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collectionName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToLineUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"designerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"designerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"collectionName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collectionName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"showOrder"}}]}}]}}]}}]} as unknown as DocumentNode<AddToLineUpMutation, AddToLineUpMutationVariables>;
export const RemoveFromLineUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromLineUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEventDesigner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventDesigner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveFromLineUpMutation, RemoveFromLineUpMutationVariables>;
export const ReorderLineUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderLineUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderLineUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"showOrder"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderLineUpMutation, ReorderLineUpMutationVariables>;
export const CreateLookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"look"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"look"},"value":{"kind":"Variable","name":{"kind":"Name","value":"look"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"look"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLookMutation, CreateLookMutationVariables>;
export const UpdateLookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LookPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"look"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"changeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"photoFileId"}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLookMutation, UpdateLookMutationVariables>;
export const DeleteLookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"look"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLookMutation, DeleteLookMutationVariables>;
export const ReorderLooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderLooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"designerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderLooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"designerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"designerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lookIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderLooksMutation, ReorderLooksMutationVariables>;
export const RenumberLooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenumberLooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renumberLooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]} as unknown as DocumentNode<RenumberLooksMutation, RenumberLooksMutationVariables>;
export const EventLogisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventLogistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"vendorRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinCop"}},{"kind":"Field","name":{"kind":"Name","value":"priceMaxCop"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventLogisticsQuery, EventLogisticsQueryVariables>;
export const EventsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STARTS_AT_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestHealthReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lookCount"},"name":{"kind":"Name","value":"looks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"confirmedCastings"},"name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"confirmed","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castingBriefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ticketSales"},"name":{"kind":"Name","value":"ticketTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"soldCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"paidBookings"},"name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"paid","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsListQuery, EventsListQueryVariables>;
export const EventDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"publicationProblems"}},{"kind":"Field","name":{"kind":"Name","value":"eventDesigners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SHOW_ORDER_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"showOrder"}},{"kind":"Field","name":{"kind":"Name","value":"collectionName"}},{"kind":"Field","name":{"kind":"Name","value":"designer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"looks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEQUENCE_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"designerId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS_ASC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPriority"}},{"kind":"Field","name":{"kind":"Name","value":"aiMatchScore"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceCop"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"soldCount"}},{"kind":"Field","name":{"kind":"Name","value":"salesStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesEndAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountCop"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestHealthReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lookCount"},"name":{"kind":"Name","value":"looks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"confirmedCastings"},"name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"confirmed","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"castingBriefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelsNeeded"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ticketSales"},"name":{"kind":"Name","value":"ticketTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"soldCount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"paidBookings"},"name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"StringValue","value":"paid","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"totalCop"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventDetailQuery, EventDetailQueryVariables>;
export const RsvpPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RsvpPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvpByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RsvpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorCode"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]} as unknown as DocumentNode<RsvpPageQuery, RsvpPageQueryVariables>;
export const RespondToInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plusOneName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"attending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attending"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"plusOneName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plusOneName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RsvpFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RsvpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rsvp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"doorCode"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueCity"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]} as unknown as DocumentNode<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const EventGuestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventGuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"guestCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueLayoutId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guestReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedPeople"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]}}]} as unknown as DocumentNode<EventGuestsQuery, EventGuestsQueryVariables>;
export const GuestListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"guestList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestInvitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpToken"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessagesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]} as unknown as DocumentNode<GuestListPageQuery, GuestListPageQueryVariables>;
export const SaveGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outlet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentSource"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveGuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"guestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guestId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"outlet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outlet"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"consentSource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentSource"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<SaveGuestMutation, SaveGuestMutationVariables>;
export const EraseGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseGuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"guestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guestId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<EraseGuestMutation, EraseGuestMutationVariables>;
export const InviteGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plusOneAllowed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuestInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"guestInvitation"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"guestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guestId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"plusOneAllowed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plusOneAllowed"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<InviteGuestMutation, InviteGuestMutationVariables>;
export const InviteGuestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteGuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plusOneAllowed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sendChannels"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteGuests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"plusOneAllowed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plusOneAllowed"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sendChannels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sendChannels"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessagesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteGuestsMutation, InviteGuestsMutationVariables>;
export const SendGuestInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendGuestInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationIds"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channels"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendGuestInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"invitationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channels"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SendGuestInvitationsMutation, SendGuestInvitationsMutationVariables>;
export const CancelGuestInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelGuestInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelGuestInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestInvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpToken"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessagesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]} as unknown as DocumentNode<CancelGuestInvitationMutation, CancelGuestInvitationMutationVariables>;
export const ReissueRsvpLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReissueRsvpLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueRsvpLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestInvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuestInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuestInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpToken"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"invitationMessagesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuestFields"}}]}}]}}]} as unknown as DocumentNode<ReissueRsvpLinkMutation, ReissueRsvpLinkMutationVariables>;
export const UpdateGuestSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGuestSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guestCapacity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rsvpClosesAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"guestCapacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guestCapacity"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rsvpClosesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rsvpClosesAt"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"guestCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpClosesAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGuestSettingsMutation, UpdateGuestSettingsMutationVariables>;
export const ImportGuestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportGuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentSource"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importGuests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"consentSource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentSource"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<ImportGuestsMutation, ImportGuestsMutationVariables>;
export const SeatingChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatingChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"venueLayoutId"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueLayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SeatingChartQuery, SeatingChartQueryVariables>;
export const SeatingSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatingSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layoutId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layoutId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"400"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"rowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"seatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"frontRow"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeatingSeatsQuery, SeatingSeatsQueryVariables>;
export const SeatingAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatingAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"seatAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"400"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"seatId"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"plusOne"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeatingAssignmentsQuery, SeatingAssignmentsQueryVariables>;
export const SeatingGuestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatingGuests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"guestInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"400"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"accepted","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"plusOneName"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeatingGuestsQuery, SeatingGuestsQueryVariables>;
export const AssignSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plusOne"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedSeatId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"seatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seatId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"plusOne"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plusOne"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedSeatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedSeatId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"seatId"}}]}}]}}]}}]} as unknown as DocumentNode<AssignSeatMutation, AssignSeatMutationVariables>;
export const UnassignSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedInvitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"seatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seatId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedInvitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedInvitationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignSeatMutation, UnassignSeatMutationVariables>;
export const AutoSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutoSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<AutoSeatMutation, AutoSeatMutationVariables>;
export const CreateVenueLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVenueLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenueLayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"venueLayout"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueLayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVenueLayoutMutation, CreateVenueLayoutMutationVariables>;
export const UseVenueLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UseVenueLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layoutId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"venueLayoutId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layoutId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"venueLayoutId"}}]}}]}}]}}]} as unknown as DocumentNode<UseVenueLayoutMutation, UseVenueLayoutMutationVariables>;
export const AddSeatRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSeatRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layoutId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"section"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seatsPerRow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frontRows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSeatRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"layoutId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layoutId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"section"},"value":{"kind":"Variable","name":{"kind":"Name","value":"section"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rowCount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowCount"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"seatsPerRow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seatsPerRow"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"frontRows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frontRows"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<AddSeatRowsMutation, AddSeatRowsMutationVariables>;
export const EventHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"latestHealthReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORT_DATE_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"14"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"computations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryModel"}},{"kind":"Field","name":{"kind":"Name","value":"summaryRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]} as unknown as DocumentNode<EventHealthQuery, EventHealthQueryVariables>;
export const RequestEventHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEventHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEventHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthLight"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"amberCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHealthReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthLight"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"computations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryModel"}},{"kind":"Field","name":{"kind":"Name","value":"summaryRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]} as unknown as DocumentNode<RequestEventHealthMutation, RequestEventHealthMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equalTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const RosterListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"condition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentCondition"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"condition"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"POSITION_ASC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterListQuery, RosterListQueryVariables>;
export const TalentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"willingToTravel"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"bustCm"}},{"kind":"Field","name":{"kind":"Name","value":"waistCm"}},{"kind":"Field","name":{"kind":"Name","value":"hipsCm"}},{"kind":"Field","name":{"kind":"Name","value":"shoeEu"}},{"kind":"Field","name":{"kind":"Name","value":"hairColor"}},{"kind":"Field","name":{"kind":"Name","value":"eyeColor"}},{"kind":"Field","name":{"kind":"Name","value":"measurementsTakenOn"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"instagram"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationConsent"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"guardianEmail"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"POSITION_ASC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentProfileQuery, TalentProfileQueryVariables>;
export const SaveTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentDetailInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentContactDetailInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"talent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talent"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"contact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"willingToTravel"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}},{"kind":"Field","name":{"kind":"Name","value":"bustCm"}},{"kind":"Field","name":{"kind":"Name","value":"waistCm"}},{"kind":"Field","name":{"kind":"Name","value":"hipsCm"}},{"kind":"Field","name":{"kind":"Name","value":"shoeEu"}},{"kind":"Field","name":{"kind":"Name","value":"hairColor"}},{"kind":"Field","name":{"kind":"Name","value":"eyeColor"}},{"kind":"Field","name":{"kind":"Name","value":"measurementsTakenOn"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"instagram"}},{"kind":"Field","name":{"kind":"Name","value":"isMinor"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationConsent"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"guardianEmail"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"POSITION_ASC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCastings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveTalentMutation, SaveTalentMutationVariables>;
export const RecordTalentConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTalentConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purposes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTalentConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"purposes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purposes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grantedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantedAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationConsent"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTalentConsentMutation, RecordTalentConsentMutationVariables>;
export const RevokeTalentConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTalentConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTalentConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"consentActive"}},{"kind":"Field","name":{"kind":"Name","value":"consentGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"consentRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationConsent"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeTalentConsentMutation, RevokeTalentConsentMutationVariables>;
export const EraseTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EraseTalentMutation, EraseTalentMutationVariables>;
export const AddTalentPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTalentPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalentPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"talentPhoto"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentPhoto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<AddTalentPhotoMutation, AddTalentPhotoMutationVariables>;
export const MoveTalentPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTalentPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTalentPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentPhoto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<MoveTalentPhotoMutation, MoveTalentPhotoMutationVariables>;
export const DeleteTalentPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTalentPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTalentPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentPhoto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTalentPhotoMutation, DeleteTalentPhotoMutationVariables>;
export const AddTalentAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTalentAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DatetimeRangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalentAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"talentAvailability"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<AddTalentAvailabilityMutation, AddTalentAvailabilityMutationVariables>;
export const DeleteTalentAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTalentAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTalentAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTalentAvailabilityMutation, DeleteTalentAvailabilityMutationVariables>;
export const ImportTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentImportRowInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportTalentMutation, ImportTalentMutationVariables>;
export const EventRunwayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRunway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDesigners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SHOW_ORDER_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"showOrder"}},{"kind":"Field","name":{"kind":"Name","value":"designer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"looks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEQUENCE_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunwayLook"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runwaySchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VERSION_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunwaySchedule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRunStatus"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunwayLook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Look"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"designerId"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"changeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"walkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunwaySchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunwaySchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"changeBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noBackToBack"}},{"kind":"Field","name":{"kind":"Name","value":"blockOrder"}},{"kind":"Field","name":{"kind":"Name","value":"finaleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"solvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"solverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"minSpareSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relativeGap"}},{"kind":"Field","name":{"kind":"Name","value":"runningSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"staleReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runwaySlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEQUENCE_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"lookId"}},{"kind":"Field","name":{"kind":"Name","value":"walkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<EventRunwayQuery, EventRunwayQueryVariables>;
export const RequestRunwayTimingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRunwayTiming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRunwayTiming"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentRunStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentRunStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<RequestRunwayTimingMutation, RequestRunwayTimingMutationVariables>;
export const ReorderRunwaySlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderRunwaySlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderRunwaySlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scheduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduleId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lookIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunwaySchedule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunwaySchedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunwaySchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"gapSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"changeBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noBackToBack"}},{"kind":"Field","name":{"kind":"Name","value":"blockOrder"}},{"kind":"Field","name":{"kind":"Name","value":"finaleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"solvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"solverStatus"}},{"kind":"Field","name":{"kind":"Name","value":"minSpareSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relativeGap"}},{"kind":"Field","name":{"kind":"Name","value":"runningSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"staleReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runwaySlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEQUENCE_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"lookId"}},{"kind":"Field","name":{"kind":"Name","value":"walkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderRunwaySlotsMutation, ReorderRunwaySlotsMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationLogoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationLogo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"logoFileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationLogoMutation, UpdateOrganizationLogoMutationVariables>;
export const TeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Team"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamQuery, TeamQueryVariables>;
export const InviteToOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<InviteToOrganizationMutation, InviteToOrganizationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const UpdateMembershipRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMembershipRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMembershipRoleMutation, UpdateMembershipRoleMutationVariables>;
export const RemoveMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const EventVendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventVendors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCop"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredVendorCategories"}},{"kind":"Field","name":{"kind":"Name","value":"vendorRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRIMARY_KEY_ASC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VendorRecommendationCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VendorRecommendationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRecommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedPriceCop"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingNote"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"travels"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinCop"}},{"kind":"Field","name":{"kind":"Name","value":"priceMaxCop"}},{"kind":"Field","name":{"kind":"Name","value":"pastRating"}}]}}]}}]} as unknown as DocumentNode<EventVendorsQuery, EventVendorsQueryVariables>;
export const RequestVendorRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestVendorRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetCop"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVendorRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"budgetCop"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetCop"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestVendorRecommendationsMutation, RequestVendorRecommendationsMutationVariables>;
export const UpdateVendorRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVendorRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRecommendationPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVendorRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorRecommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VendorRecommendationCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VendorRecommendationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorRecommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedPriceCop"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingNote"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"travels"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinCop"}},{"kind":"Field","name":{"kind":"Name","value":"priceMaxCop"}},{"kind":"Field","name":{"kind":"Name","value":"pastRating"}}]}}]}}]} as unknown as DocumentNode<UpdateVendorRecommendationMutation, UpdateVendorRecommendationMutationVariables>;
export const EventInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"inboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SENT_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMessageFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"senderNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EventInboxQuery, EventInboxQueryVariables>;
export const OrganizationInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"inboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SENT_AT_DESC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMessageFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"senderNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OrganizationInboxQuery, OrganizationInboxQueryVariables>;
export const MarkInboxMessagesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInboxMessagesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInboxMessagesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<MarkInboxMessagesReadMutation, MarkInboxMessagesReadMutationVariables>;